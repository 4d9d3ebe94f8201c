package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions by id hash; unlike the database it does not check that the account exists. */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<String, WebSession> sessions = new HashMap<>();

    @Override
    public synchronized void create(WebSession session) {
        // the id hash is the primary key in the database
        if (sessions.putIfAbsent(session.idHash(), session) != null) throw new IllegalStateException("session already stored");
    }

    @Override
    public synchronized Optional<WebSession> find(String idHash) {
        return Optional.ofNullable(sessions.get(idHash));
    }

    @Override
    public synchronized void touch(String idHash, Instant lastSeenAt) {
        sessions.computeIfPresent(idHash, (id, s) -> new WebSession(id, s.accountId(), s.times().touch(lastSeenAt)));
    }

    @Override
    public synchronized void delete(String idHash) {
        sessions.remove(idHash);
    }

    @Override
    public synchronized void deleteForAccount(long accountId) {
        sessions.values().removeIf(s -> s.accountId() == accountId);
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.times().isExpired(now));
        return before - sessions.size();
    }
}
