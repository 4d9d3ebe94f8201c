package fr.portailfamille.application.payment.port;

import fr.portailfamille.application.payment.*;
import java.time.Instant;

/**
 * Out-port to an online payment provider of the «reference + status» kind (PayFiP, Saga…): the payer is sent to
 * the provider's page, the provider calls us back with an id only, and {@link #status} is the only truth.
 * Implementations never throw for the provider's failures: they answer them as values.
 */
public interface PaymentGateway {

    /** The mode this gateway is configured for: orders it starts must carry it. */
    PaymentMode mode();

    /** Registers the payment with the provider. An order in another mode than {@link #mode()} is rejected. */
    PaymentStart start(PaymentOrder order);

    /**
     * Asks the provider where the payment stands, checking its answer against {@code original} and applying the
     * time rules of {@link PaymentRules} (an attempt younger than {@link PaymentRules#ATTEMPT_LIFETIME} is never
     * declared over).
     */
    PaymentStatus status(String providerPaymentId, PaymentOrder original, Instant now);
}
