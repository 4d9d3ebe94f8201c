package fr.portailfamille.application.payment;

import fr.portailfamille.application.payment.port.*;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a payment stands according to its provider, as answered by {@link PaymentGateway#status}. Only
 * {@link Paid} credits invoices; {@link Pending} and {@link Unknown} mean «ask again later».
 */
public sealed interface PaymentStatus {

    /** Money collected. */
    record Paid(String authorisationNumber, Instant paidAt) implements PaymentStatus {
        public Paid {
            Objects.requireNonNull(authorisationNumber, "authorisationNumber");
            Objects.requireNonNull(paidAt, "paidAt");
        }
    }

    /** The bank refused the card or the debit. */
    record Refused() implements PaymentStatus {
    }

    /** The payer gave up on the provider's page. */
    record Cancelled() implements PaymentStatus {
    }

    /**
     * No result yet: the payer may still be on the provider's page.
     *
     * @param payerLeft the payer gave up on the page, but the attempt is still alive (PayFiP's «A» within 20 minutes):
     *                  the portal may already tell the parent «paiement abandonné», without closing the attempt
     */
    record Pending(boolean payerLeft) implements PaymentStatus {
        public Pending() {
            this(false);
        }
    }

    /** The attempt is over without a result (tab closed, page never opened): the invoices are still to pay. */
    record Expired() implements PaymentStatus {
    }

    /**
     * The provider's answer does not match the stored order (amount, reference, client, mode): raise an alert,
     * never credit anything.
     */
    record Mismatch(String reason) implements PaymentStatus {
        public Mismatch {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The provider could not be asked or gave an answer we do not understand: keep the payment pending, ask again
     * later, alert if it lasts. Never turned into {@link Expired}: the payment may well have succeeded.
     */
    record Unknown(String reason) implements PaymentStatus {
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
