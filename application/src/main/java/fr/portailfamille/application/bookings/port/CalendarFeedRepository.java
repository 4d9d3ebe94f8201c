package fr.portailfamille.application.bookings.port;

import java.time.Instant;
import java.util.Optional;

/** Out-port: households' private calendar addresses, kept as the SHA-256 of their token only (no row = off). */
public interface CalendarFeedRepository {

    /** The household whose address has this token hash. */
    Optional<Long> householdOf(String tokenHash);

    boolean isOn(long householdId);

    /** Turns the address on, or replaces it: the previous token stops working. */
    void turnOn(long householdId, String tokenHash, Instant at);

    void turnOff(long householdId);
}
