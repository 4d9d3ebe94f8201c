package org.example.saintaubin;

import fr.portailfamille.application.payment.port.PaymentGateway;
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
 * registered with an id, the parent pays, is refused or leaves on the desk's page ({@link #payerPays},
 * {@link #bankRefuses}, {@link #payerLeaves}), and the status says so. The core only ever sees {@link PaymentGateway};
 * PaymentGatewayContract runs on this desk as on the portal's own gateways.
 */
public final class CashDesk implements PaymentGateway {

    private enum Outcome { PAID, REFUSED, LEFT }

    private record Attempt(PaymentOrder order, Outcome outcome, Instant decidedAt, String receipt) {
    }

    private final Clock clock;
    private final Map<String, Attempt> attempts = new HashMap<>();
    private boolean closed;

    public CashDesk(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PaymentMode mode() {
        return PaymentMode.PRODUCTION;
    }

    @Override
    public synchronized PaymentStart start(PaymentOrder order) {
        if (closed) return new PaymentStart.Unavailable("caisse en ligne injoignable");
        if (order.mode() != mode()) return new PaymentStart.Rejected("MODE", "La caisse en ligne n'accepte que des paiements réels.");
        var problems = order.problems();
        if (!problems.isEmpty()) {
            return new PaymentStart.Rejected("DONNEES", "La caisse en ligne refuse ce paiement : " + String.join(" ", problems.asMap().values()));
        }
        // one id per attempt, from the reference and the attempt's rank: the desk needs no random source, and a
        // second attempt for the same invoice never overwrites the first (which may have been paid)
        String id = UUID.nameUUIDFromBytes(("saint-aubin:" + order.reference() + ":" + attempts.size()).getBytes(StandardCharsets.UTF_8)).toString();
        attempts.put(id, new Attempt(order, null, null, null));
        return new PaymentStart.Started(id, "https://caisse.saint-aubin.example/payer?operation=" + id);
    }

    /** The parent confirms on the desk's page: the desk answers with a receipt number. */
    public synchronized String payerPays(String id) {
        String receipt = "SA-" + (attempts.size() * 1000 + 1);
        decide(id, Outcome.PAID, receipt);
        return receipt;
    }

    /** The parent's bank refuses the card on the desk's page. */
    public synchronized void bankRefuses(String id) {
        decide(id, Outcome.REFUSED, null);
    }

    /** The parent leaves the desk's page without paying. */
    public synchronized void payerLeaves(String id) {
        decide(id, Outcome.LEFT, null);
    }

    /** While set, the desk cannot be reached (an outage of the town's network). */
    public synchronized void outage(boolean down) {
        closed = down;
    }

    private void decide(String id, Outcome outcome, String receipt) {
        var attempt = attempts.get(id);
        if (attempt == null) throw new IllegalArgumentException("unknown payment " + id);
        attempts.put(id, new Attempt(attempt.order(), outcome, clock.instant(), receipt));
    }

    @Override
    public synchronized PaymentStatus status(String providerPaymentId, PaymentOrder original, Instant now) {
        if (closed) return new PaymentStatus.Unknown("caisse en ligne injoignable");
        var attempt = attempts.get(providerPaymentId);
        if (attempt == null || attempt.outcome() == null) return PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Expired());
        var sent = attempt.order();
        var mismatch = PaymentRules.mismatch(original, sent.clientNumber(), sent.reference(), Long.toString(sent.amountCents()), sent.mode());
        if (mismatch.isPresent()) return new PaymentStatus.Mismatch(mismatch.get());
        return switch (attempt.outcome()) {
            case PAID -> new PaymentStatus.Paid(attempt.receipt(), attempt.decidedAt());
            case REFUSED -> new PaymentStatus.Refused();
            case LEFT -> PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Cancelled());
        };
    }
}
