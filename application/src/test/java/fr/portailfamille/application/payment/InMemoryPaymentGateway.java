package fr.portailfamille.application.payment;

import fr.portailfamille.application.payment.port.*;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment provider in memory, for the core's tests and as the reference of {@link PaymentGatewayContract}: the
 * test decides each payment's outcome with {@link #pay}, {@link #refuse} or {@link #abandon}, as a payer would on the
 * provider's page.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    private enum Result { PAID, REFUSED, CANCELLED }

    private record Attempt(PaymentOrder order, Result result, String authorisationNumber, Instant decidedAt) {
    }

    private final PaymentMode mode;
    private final Clock clock;
    private final Map<String, Attempt> attempts = new HashMap<>();
    private boolean unavailable;
    private int authorisations;

    public InMemoryPaymentGateway(PaymentMode mode, Clock clock) {
        this.mode = mode;
        this.clock = clock;
    }

    @Override
    public PaymentMode mode() {
        return mode;
    }

    @Override
    public synchronized PaymentStart start(PaymentOrder order) {
        if (unavailable) return new PaymentStart.Unavailable("service de paiement simulé indisponible");
        if (order.mode() != mode) {
            return new PaymentStart.Rejected("MODE", "Le paiement en ligne n'est pas ouvert en mode " + order.mode().label() + ".");
        }
        var problems = order.problems();
        if (!problems.isEmpty()) {
            return new PaymentStart.Rejected("DONNEES", "Le paiement n'a pas pu être créé : " + String.join(" ", problems.asMap().values()));
        }
        String id = UUID.randomUUID().toString();
        attempts.put(id, new Attempt(order, null, null, null));
        return new PaymentStart.Started(id, "https://paiement.exemple.invalid/payer?id=" + id);
    }

    @Override
    public synchronized PaymentStatus status(String providerPaymentId, PaymentOrder original, Instant now) {
        if (unavailable) return new PaymentStatus.Unknown("service de paiement simulé indisponible");
        var attempt = attempts.get(providerPaymentId);
        if (attempt == null || attempt.result() == null) {
            return PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Expired());
        }
        var sent = attempt.order();
        Optional<String> mismatch = PaymentRules.mismatch(original, sent.clientNumber(), sent.reference(),
                Long.toString(sent.amountCents()), sent.mode());
        if (mismatch.isPresent()) return new PaymentStatus.Mismatch(mismatch.get());
        return switch (attempt.result()) {
            case PAID -> new PaymentStatus.Paid(attempt.authorisationNumber(), attempt.decidedAt());
            case REFUSED -> new PaymentStatus.Refused();
            case CANCELLED -> PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Cancelled());
        };
    }

    public synchronized void pay(String providerPaymentId) {
        decide(providerPaymentId, Result.PAID, "AUT%04d".formatted(++authorisations));
    }

    public synchronized void refuse(String providerPaymentId) {
        decide(providerPaymentId, Result.REFUSED, null);
    }

    public synchronized void abandon(String providerPaymentId) {
        decide(providerPaymentId, Result.CANCELLED, null);
    }

    /** While set, the provider cannot be reached: start answers Unavailable and status Unknown. */
    public synchronized void unavailable(boolean value) {
        unavailable = value;
    }

    /** The order as the provider received it. */
    public synchronized Optional<PaymentOrder> received(String providerPaymentId) {
        return Optional.ofNullable(attempts.get(providerPaymentId)).map(Attempt::order);
    }

    private void decide(String id, Result result, String authorisationNumber) {
        var attempt = attempts.get(id);
        if (attempt == null) throw new IllegalArgumentException("unknown payment " + id);
        // single use, like PayFiP's idOp: the first decision stands
        if (attempt.result() != null) throw new IllegalStateException("payment " + id + " already decided");
        attempts.put(id, new Attempt(attempt.order(), result, authorisationNumber, clock.instant()));
    }
}
