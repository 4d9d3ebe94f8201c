package fr.portailfamille.web;

import fr.portailfamille.domain.accounts.Role;

/**
 * Who is making the request, as the layout and the route gate need it. Anonymous visitors have no account;
 * {@code mustAcceptTerms} sends a signed-in parent to the new CGU before anything else.
 */
public record Visitor(Long accountId, String displayName, Role role, boolean mobileLayout, int unreadNotifications,
                      boolean mustAcceptTerms, String clientAddress) {

    public static final Visitor ANONYMOUS = new Visitor(null, null, null, false, 0, false);

    /** @param clientAddress where the request came from, for the audit trail */
    public Visitor {
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    public Visitor(Long accountId, String displayName, Role role, boolean mobileLayout, int unreadNotifications, boolean mustAcceptTerms) {
        this(accountId, displayName, role, mobileLayout, unreadNotifications, mustAcceptTerms, "");
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean may(Access access) {
        return switch (access) {
            case PUBLIC, DEMO -> true;
            case SIGNED_IN -> signedIn();
            case PARENT -> signedIn() && role == Role.PARENT;
            case STAFF -> signedIn() && role.isStaff();
            case ADMIN -> signedIn() && role == Role.ADMIN;
        };
    }
}
