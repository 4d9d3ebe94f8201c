package fr.portailfamille.domain.bookings;

import java.util.Objects;

/** What {@link Slot#book} decided: booked, put on the waiting list, or refused with a reason. */
public sealed interface BookingDecision {

    /** In French for the «Soumettre» answer. */
    String message();

    record Booked() implements BookingDecision {
        @Override
        public String message() {
            return "Réservé.";
        }
    }

    /** @param position 1 for the first child to be promoted when a place frees */
    record Waitlisted(int position) implements BookingDecision {
        public Waitlisted {
            if (position < 1) throw new IllegalArgumentException("positions start at 1");
        }

        @Override
        public String message() {
            return "Complet : placé sur liste d'attente (position " + position + ").";
        }
    }

    record Refused(RefusalReason reason) implements BookingDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return reason.message();
        }
    }
}
