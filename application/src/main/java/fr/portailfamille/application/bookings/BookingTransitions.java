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

    /**
     * @param bookedBefore  the booked persons stored (all, or at least those {@code after} holds)
     * @param waitingBefore the waiting persons stored, in list order (idem)
     * @param after         the slot as decided: whole, or the view of a request — then only the persons it holds are
     *                      compared (the others are unknown to it, not gone)
     */
    public static List<Transition> between(List<Long> bookedBefore, List<Long> waitingBefore, Slot after) {
        bookedBefore = bookedBefore.stream().filter(after::holds).toList();
        waitingBefore = waitingBefore.stream().filter(after::holds).toList();
        Set<Long> wasBooked = new HashSet<>(bookedBefore);
        Set<Long> wasWaiting = new HashSet<>(waitingBefore);
        Set<Long> isBooked = new HashSet<>(after.heldBooked());
        Set<Long> isWaiting = new HashSet<>(after.heldWaiting());
        List<Transition> transitions = new ArrayList<>();
        for (long person : bookedBefore) {
            if (!isBooked.contains(person)) transitions.add(new Transition(person, Kind.CANCELLED));
        }
        for (long person : waitingBefore) {
            if (!isBooked.contains(person) && !isWaiting.contains(person)) transitions.add(new Transition(person, Kind.LEFT_WAITING_LIST));
        }
        for (long person : after.heldBooked()) {
            if (wasWaiting.contains(person)) transitions.add(new Transition(person, Kind.PROMOTED));
            else if (!wasBooked.contains(person)) transitions.add(new Transition(person, Kind.BOOKED));
        }
        for (long person : after.heldWaiting()) {
            if (wasBooked.contains(person)) throw new IllegalStateException("a booked person never goes back to the waiting list");
            if (!wasWaiting.contains(person)) transitions.add(new Transition(person, Kind.WAITLISTED));
        }
        return List.copyOf(transitions);
    }

    /** How many persons the change adds to the waiting list (negative when it shortens). */
    public static int waitingAdded(List<Transition> transitions) {
        int delta = 0;
        for (var t : transitions) {
            switch (t.kind()) {
                case WAITLISTED -> delta++;
                case PROMOTED, LEFT_WAITING_LIST -> delta--;
                default -> { }
            }
        }
        return delta;
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
