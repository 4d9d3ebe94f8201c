package fr.portailfamille.application.common;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.Role;

/**
 * The signed-in user a use case acts for; use cases decide what this actor may do.
 *
 * @param origin where the request came from (the client's address) for the audit trail; "" when unknown
 */
public record Actor(long accountId, Role role, String origin) {

    public Actor {
        origin = origin == null ? "" : origin;
    }

    public Actor(long accountId, Role role) {
        this(accountId, role, "");
    }

    public static Actor of(Account account) {
        return new Actor(account.id(), account.role());
    }

    public void requireStaff() {
        if (!role.isStaff()) throw new NotAllowed();
    }

    public void requireAdmin() {
        if (role != Role.ADMIN) throw new NotAllowed();
    }

    /** Thrown when an actor asks for something outside their rights; the web answers 404, as for a missing page. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed() {
            super("not allowed for this actor");
        }
    }
}
