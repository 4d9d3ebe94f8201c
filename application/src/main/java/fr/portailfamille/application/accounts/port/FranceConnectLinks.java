package fr.portailfamille.application.accounts.port;

import java.time.Instant;
import java.util.Optional;

/** Out-port: which FranceConnect identity ({@code sub}) is linked to which account — at most one each way. */
public interface FranceConnectLinks {

    /** @return false, and nothing changed, when the account or the identity is already linked */
    boolean link(long accountId, String subject, Instant at);

    Optional<Long> accountOf(String subject);

    /** When the account's identity was linked, if it is. */
    Optional<Instant> linkedSince(long accountId);

    /** @return whether there was a link */
    boolean unlink(long accountId);
}
