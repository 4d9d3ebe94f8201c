package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryCalendarFeedRepository implements CalendarFeedRepository {

    private final Map<Long, String> hashes = new HashMap<>();

    @Override
    public synchronized Optional<Long> householdOf(String tokenHash) {
        return hashes.entrySet().stream().filter(e -> e.getValue().equals(tokenHash)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized boolean isOn(long householdId) {
        return hashes.containsKey(householdId);
    }

    @Override
    public synchronized void turnOn(long householdId, String tokenHash, Instant at) {
        if (householdOf(tokenHash).filter(h -> h != householdId).isPresent()) throw new IllegalStateException("token hash already used");
        hashes.put(householdId, tokenHash);
    }

    @Override
    public synchronized void turnOff(long householdId) {
        hashes.remove(householdId);
    }
}
