package fr.portailfamille.application.bookings;

import fr.portailfamille.domain.bookings.Slot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed on a slot between what is stored and what the aggregate decided, for the adapters to write: every
 * adapter saves a slot the same way. New waiting-list entries come in the order of the list, so that arrival order
 * is kept.
 */
public final class BookingTransitions {

    public enum Kind {
        /** A new booking. */
        BOOKED,
        /** A new waiting-list entry. */
        WAITLISTED,
        /** From the waiting list to a place. */
        PROMOTED,
        /** A booking given up. */
        CANCELLED,
        /** Out of the waiting list without ever having a place. */
        LEFT_WAITING_LIST
    }

    public record Transition(long personId, Kind kind) {
    }

    private BookingTransitions() {
    }

    public static List<Transition> between(List<Long> bookedBefore, List<Long> waitingBefore, Slot after) {
        Set<Long> wasBooked = new HashSet<>(bookedBefore);
        Set<Long> wasWaiting = new HashSet<>(waitingBefore);
        Set<Long> isBooked = new HashSet<>(after.booked());
        Set<Long> isWaiting = new HashSet<>(after.waiting());
        List<Transition> transitions = new ArrayList<>();
        for (long person : bookedBefore) {
            if (!isBooked.contains(person)) transitions.add(new Transition(person, Kind.CANCELLED));
        }
        for (long person : waitingBefore) {
            if (!isBooked.contains(person) && !isWaiting.contains(person)) transitions.add(new Transition(person, Kind.LEFT_WAITING_LIST));
        }
        for (long person : after.booked()) {
            if (wasWaiting.contains(person)) transitions.add(new Transition(person, Kind.PROMOTED));
            else if (!wasBooked.contains(person)) transitions.add(new Transition(person, Kind.BOOKED));
        }
        for (long person : after.waiting()) {
            if (wasBooked.contains(person)) throw new IllegalStateException("a booked person never goes back to the waiting list");
            if (!wasWaiting.contains(person)) transitions.add(new Transition(person, Kind.WAITLISTED));
        }
        return List.copyOf(transitions);
    }

    /** How many places the change takes (negative when it frees some). */
    public static int placesTaken(List<Transition> transitions) {
        int delta = 0;
        for (var t : transitions) {
            switch (t.kind()) {
                case BOOKED, PROMOTED -> delta++;
                case CANCELLED -> delta--;
                default -> { }
            }
        }
        return delta;
    }
}
