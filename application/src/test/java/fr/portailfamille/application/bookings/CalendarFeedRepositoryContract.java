package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link CalendarFeedRepository}. */
public abstract class CalendarFeedRepositoryContract {

    protected abstract CalendarFeedRepository repository();

    protected abstract long aHousehold();

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "b".repeat(64);
    static final String HASH_C = "c".repeat(64);

    @Test
    void an_address_is_turned_on_renewed_and_off() {
        var repo = repository();
        long dupont = aHousehold();
        long nguyen = aHousehold();
        assertFalse(repo.isOn(dupont));
        repo.turnOn(dupont, HASH_A, T0);
        repo.turnOn(nguyen, HASH_C, T0);
        assertTrue(repo.isOn(dupont));
        assertEquals(Optional.of(dupont), repo.householdOf(HASH_A));
        repo.turnOn(dupont, HASH_B, T0.plusSeconds(60));
        assertEquals(Optional.empty(), repo.householdOf(HASH_A), "the renewed address replaces the old one");
        assertEquals(Optional.of(dupont), repo.householdOf(HASH_B));
        repo.turnOff(dupont);
        assertFalse(repo.isOn(dupont));
        assertEquals(Optional.empty(), repo.householdOf(HASH_B));
        repo.turnOff(dupont);
        assertEquals(Optional.of(nguyen), repo.householdOf(HASH_C), "another household's address stays");
    }
}
