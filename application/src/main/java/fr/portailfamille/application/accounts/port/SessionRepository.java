package fr.portailfamille.application.accounts.port;

import fr.portailfamille.application.accounts.*;
import java.time.Instant;
import java.util.Optional;

/** Out-port: sessions, kept in the database so they survive a restart and are shared by several portal instances. */
public interface SessionRepository {

    void create(WebSession session);

    Optional<WebSession> find(String idHash);

    void touch(String idHash, Instant lastSeenAt);

    void delete(String idHash);

    /** Ends every session of the account (password reset, purge). */
    void deleteForAccount(long accountId);

    /** @return how many expired sessions were removed */
    int deleteExpired(Instant now);
}
