package org.example.saintaubin;

import fr.portailfamille.application.payment.PaymentGateway;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.application.payment.PaymentRules;
import fr.portailfamille.application.payment.PaymentStart;
import fr.portailfamille.application.payment.PaymentStatus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Saint-Aubin's payment adapter: its régie takes payments on its own online cash desk instead of PayFiP. A payment is
 * registered with an id, the parent pays on the desk's page ({@link #payerPays}), and the status says so. The core
 * only ever sees {@link PaymentGateway}.
 */
public final class CashDesk implements PaymentGateway {

    private record Attempt(PaymentOrder order, Instant paidAt, String receipt) {
    }

    private final Clock clock;
    private final Map<String, Attempt> attempts = new HashMap<>();

    public CashDesk(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PaymentMode mode() {
        return PaymentMode.PRODUCTION;
    }

    @Override
    public synchronized PaymentStart start(PaymentOrder order) {
        if (order.mode() != mode()) return new PaymentStart.Rejected("MODE", "La caisse en ligne n'accepte que des paiements réels.");
        // one id per attempt, derived from the payment record's reference: the desk needs no random source
        String id = UUID.nameUUIDFromBytes(("saint-aubin:" + order.reference()).getBytes(StandardCharsets.UTF_8)).toString();
        attempts.put(id, new Attempt(order, null, null));
        return new PaymentStart.Started(id, "https://caisse.saint-aubin.example/payer?operation=" + id);
    }

    /** The parent confirms on the desk's page: the desk answers with a receipt number. */
    public synchronized String payerPays(String id) {
        var attempt = attempts.get(id);
        if (attempt == null) throw new IllegalArgumentException("unknown payment " + id);
        String receipt = "SA-" + (attempts.size() * 1000 + 1);
        attempts.put(id, new Attempt(attempt.order(), clock.instant(), receipt));
        return receipt;
    }

    @Override
    public synchronized PaymentStatus status(String providerPaymentId, PaymentOrder original, Instant now) {
        var attempt = attempts.get(providerPaymentId);
        if (attempt == null) return PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Expired());
        if (!attempt.order().equals(original)) return new PaymentStatus.Mismatch("Ordre différent de celui enregistré.");
        if (attempt.paidAt() == null) return PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Expired());
        return new PaymentStatus.Paid(attempt.receipt(), attempt.paidAt());
    }
}
