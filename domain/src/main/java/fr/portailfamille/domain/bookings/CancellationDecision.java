package fr.portailfamille.domain.bookings;

import java.util.Objects;
import java.util.OptionalLong;

/** What {@link Slot#cancel} decided. */
public sealed interface CancellationDecision {

    String message();

    /**
     * The booking is cancelled.
     *
     * @param promotedChildId the first child of the waiting list, now booked in the freed place (to notify), if any
     */
    record Cancelled(OptionalLong promotedChildId) implements CancellationDecision {
        public Cancelled {
            Objects.requireNonNull(promotedChildId, "promotedChildId");
        }

        @Override
        public String message() {
            return "Réservation annulée.";
        }
    }

    /** The child was only on the waiting list: leaving it frees nothing, so it is allowed at any time. */
    record LeftWaitingList() implements CancellationDecision {
        @Override
        public String message() {
            return "Retiré de la liste d'attente.";
        }
    }

    record Refused(RefusalReason reason) implements CancellationDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return reason.message();
        }
    }
}
