package fr.portailfamille.application.payment;

import fr.portailfamille.application.payment.port.*;
import java.util.Objects;

/** What {@link PaymentGateway#start} answers. */
public sealed interface PaymentStart {

    /** The provider registered the payment: send the payer's browser to {@code redirectUrl}. */
    record Started(String providerPaymentId, String redirectUrl) implements PaymentStart {
        public Started {
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(redirectUrl, "redirectUrl");
        }
    }

    /**
     * Our data is wrong (the provider's own code, e.g. PayFiP's «R3»): retrying cannot help. The message is French
     * and fit to show a parent; the code goes to the logs.
     */
    record Rejected(String code, String frenchMessage) implements PaymentStart {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(frenchMessage, "frenchMessage");
        }
    }

    /** The provider could not be reached or failed on its side: try again later (a lost attempt is harmless). */
    record Unavailable(String reason) implements PaymentStart {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
