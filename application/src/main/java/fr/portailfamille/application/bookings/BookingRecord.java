package fr.portailfamille.application.bookings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One request of a person for a slot, kept after a cancellation, with what Billing needs to tell a usage: whether it
 * was booked and when, booked after the booking deadline, cancelled and whether after the cancellation deadline.
 *
 * @param bookedAt      when it became booked; null while waiting, or when cancelled from the waiting list
 * @param cancelledAt   null unless cancelled
 * @param cancelledLate null unless cancelled
 */
public record BookingRecord(long personId, long activityId, LocalDate day, Status status, Instant requestedAt, Instant bookedAt,
                            boolean bookedLate, Instant cancelledAt, Boolean cancelledLate) {

    public enum Status { BOOKED, WAITING, CANCELLED }

    public BookingRecord {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
