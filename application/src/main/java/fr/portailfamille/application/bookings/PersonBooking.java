package fr.portailfamille.application.bookings;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's booking or waiting-list place on one slot.
 *
 * @param waitingPosition 1 for the next to be promoted; 0 when booked
 */
public record PersonBooking(long personId, long activityId, LocalDate day, boolean booked, int waitingPosition) {

    public PersonBooking {
        Objects.requireNonNull(day, "day");
        if (booked != (waitingPosition == 0)) throw new IllegalArgumentException("a booking has no waiting position, a waiting place has one");
    }
}
