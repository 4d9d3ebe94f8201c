package fr.portailfamille.payment.payfip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the simulated PayFiP knows: the cash offices (clients) and the payments, with the 15-minute page and the
 * one-day purge of payfip.md §6 on an injected clock. Shared by its SOAP endpoint and its payment page.
 */
final class SimulatedPayments {

    static final Duration PAGE_LIFETIME = Duration.ofMinutes(15);
    static final Duration PURGE_AFTER = Duration.ofDays(1);

    record Client(String numcli, String libelleN1, String libelleN2, String libelleN3) {
    }

    /** A payment as created by {@code creerPaiementSecurise}, with the payer's choice once made. */
    record Payment(String idOp, Map<String, String> request, Instant createdAt, String result, Instant resultAt, String numauto) {
        Payment decided(String result, Instant at, String numauto) {
            return new Payment(idOp, request, createdAt, result, at, numauto);
        }
    }

    private final Clock clock;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();

    SimulatedPayments(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void addClient(Client client) {
        clients.put(client.numcli(), client);
    }

    Client client(String numcli) {
        return clients.get(numcli);
    }

    /** Registers a payment of these request fields; returns its idOp. */
    String create(Map<String, String> request) {
        String idOp = UUID.randomUUID().toString();
        payments.put(idOp, new Payment(idOp, Map.copyOf(request), clock.instant(), null, null, null));
        return idOp;
    }

    /** The payment, unless unknown or purged. */
    Payment alive(String idOp) {
        Payment p = idOp == null ? null : payments.get(idOp);
        if (p == null || !clock.instant().isBefore(p.createdAt().plus(PURGE_AFTER))) return null;
        return p;
    }

    /** Why the page cannot be used for this payment, in French; null when it can. */
    String pageRefusal(Payment p) {
        if (p == null) return "Cette opération de paiement est inconnue.";
        if (p.result() != null) return "Cette opération de paiement est déjà terminée.";
        if (!clock.instant().isBefore(p.createdAt().plus(PAGE_LIFETIME))) {
            return "Le délai de paiement est dépassé. Recommencez le paiement depuis le portail.";
        }
        return null;
    }

    /** Records the payer's choice; single use: the first choice wins and a second one returns false. */
    boolean decide(String idOp, String choice, String numauto) {
        Instant now = clock.instant();
        var won = new AtomicBoolean();
        payments.computeIfPresent(idOp, (id, old) -> {
            if (old.result() != null) return old;
            won.set(true);
            return old.decided(choice, now, numauto);
        });
        return won.get();
    }
}
