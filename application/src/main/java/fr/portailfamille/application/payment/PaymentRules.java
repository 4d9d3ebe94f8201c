package fr.portailfamille.application.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Rules every gateway applies to a provider's answer (payfip.md §5), kept here so that they do not depend on an
 * adapter: the 20-minute window of an attempt and the check of the answer against the stored order.
 */
public final class PaymentRules {

    /**
     * An attempt is alive this long after its creation (PayFiP keeps its page open ~15 min; the reference client
     * waits 20 min): before that, «no result» or «abandoned» may still turn into a payment.
     */
    public static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(20);

    private PaymentRules() {
    }

    public static boolean isAlive(PaymentOrder order, Instant now) {
        return Duration.between(order.createdAt(), now).compareTo(ATTEMPT_LIFETIME) < 0;
    }

    /**
     * {@link PaymentStatus.Pending} while the attempt is alive, {@code over} afterwards; an abandon still alive is a
     * pending status that says the payer left.
     */
    public static PaymentStatus pendingWhileAlive(PaymentOrder order, Instant now, PaymentStatus over) {
        return isAlive(order, now) ? new PaymentStatus.Pending(over instanceof PaymentStatus.Cancelled) : over;
    }

    /**
     * What differs between the provider's answer and the stored order, in French, or empty when they agree.
     * A result obtained in another mode never settles the order (a test payment must not pay a real invoice).
     */
    public static Optional<String> mismatch(PaymentOrder order, String clientNumber, String reference, String amountCents,
                                            PaymentMode mode) {
        var differences = new ArrayList<String>();
        if (!order.clientNumber().equals(clientNumber)) differences.add("client " + clientNumber + " au lieu de " + order.clientNumber());
        if (!order.reference().equals(reference)) differences.add("référence " + reference + " au lieu de " + order.reference());
        if (!Long.toString(order.amountCents()).equals(amountCents)) {
            differences.add("montant " + amountCents + " centimes au lieu de " + order.amountCents());
        }
        if (order.mode() != mode) {
            differences.add("mode " + (mode == null ? "inconnu" : mode.label()) + " au lieu de " + order.mode().label());
        }
        return differences.isEmpty() ? Optional.empty()
                : Optional.of("Réponse du service de paiement différente de la demande : " + String.join(", ", differences) + ".");
    }
}
