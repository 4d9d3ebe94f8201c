package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** FranceConnect links in memory, one per account and per identity as the database's unique keys say. */
public final class InMemoryFranceConnectLinks implements FranceConnectLinks {

    private record Link(String subject, Instant at) {
    }

    private final Map<Long, Link> byAccount = new HashMap<>();

    @Override
    public synchronized boolean link(long accountId, String subject, Instant at) {
        if (byAccount.containsKey(accountId) || accountOf(subject).isPresent()) return false;
        byAccount.put(accountId, new Link(subject, at));
        return true;
    }

    @Override
    public synchronized Optional<Long> accountOf(String subject) {
        return byAccount.entrySet().stream().filter(e -> e.getValue().subject().equals(subject)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized Optional<Instant> linkedSince(long accountId) {
        return Optional.ofNullable(byAccount.get(accountId)).map(Link::at);
    }

    @Override
    public synchronized boolean unlink(long accountId) {
        return byAccount.remove(accountId) != null;
    }
}
