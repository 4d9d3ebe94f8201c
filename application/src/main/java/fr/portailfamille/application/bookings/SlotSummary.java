package fr.portailfamille.application.bookings;

import java.time.LocalDate;
import java.util.Objects;

/** A slot as the calendar reads it: its places and how many are taken, without the names of who took them. */
public record SlotSummary(long activityId, LocalDate day, int capacity, boolean closed, int booked, int waiting) {

    public SlotSummary {
        Objects.requireNonNull(day, "day");
    }

    public int placesLeft() {
        return Math.max(0, capacity - booked);
    }
}
