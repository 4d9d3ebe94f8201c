package fr.portailfamille.application.accounts.port;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Out-port: web accounts (parents and staff). */
public interface AccountRepository {

    /** The next short numeric login id of this town (1001, 1002…), never given twice. */
    int nextLoginId();

    /**
     * Stores a new account and returns it with its id.
     *
     * @throws EmailAlreadyUsed when another account that is not purged has this e-mail
     */
    Account add(Account account);

    /** Replaces the stored account of the same id (same uniqueness rule on e-mail as {@link #add}). */
    void update(Account account);

    Optional<Account> find(long id);

    Optional<Account> findByLoginId(int loginId);

    /** The accounts of these ids that exist, in one read (the audit log names who did what); unknown ids are left out. */
    List<Account> findAll(java.util.Collection<Long> ids);

    /** The account (not purged) with this e-mail. */
    Optional<Account> findByEmail(EmailAddress email);

    /**
     * Accounts whose last name, first names, e-mail or login id contains {@code text} (case-insensitive), purged
     * ones included, most recent first; all accounts when {@code text} is blank.
     */
    List<Account> search(String text, int limit);

    List<Account> withRole(Role role);

    /** Accounts still PENDING_ACTIVATION created before {@code instant}: candidates for the purge. */
    List<Account> pendingCreatedBefore(Instant instant);

    final class EmailAlreadyUsed extends RuntimeException {
        public EmailAlreadyUsed() {
            super("e-mail already used by another account");
        }
    }
}
