package fr.portailfamille.application.billing;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.application.payment.PaymentRules;
import fr.portailfamille.application.payment.PaymentStart;
import fr.portailfamille.application.payment.PaymentStatus;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.PaymentReference;
import fr.portailfamille.domain.billing.PaymentRequest;
import fr.portailfamille.domain.common.Money;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * «Payer en ligne» in three steps (choose the invoices of one régie, check the summary, go to the payment service),
 * then the three ways a result comes back — the parent's return, the provider's notification, the reconciliation job —
 * all settled the same way: the provider's status is asked again (the callback proves nothing), and the attempt
 * leaves PENDING with {@code UPDATE … WHERE state = 'PENDING'}, so the invoices are credited exactly once.
 */
public final class PayOnline {

    private static final System.Logger LOG = System.getLogger(PayOnline.class.getName());
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(TownZone.ZONE);

    public static final String PENDING_ATTEMPT = "Un paiement de la facture %s est déjà en cours. Attendez son résultat "
            + "(au plus 20 minutes) avant de recommencer.";
    public static final String UNAVAILABLE = "Le service de paiement ne répond pas pour le moment. Réessayez dans quelques minutes : "
            + "rien n'a été prélevé.";

    public record Summary(CashOffice cashOffice, List<Invoice> invoices, Money total) {
    }

    public sealed interface Prepared {
        record Ready(Summary summary) implements Prepared {
        }

        record Refused(List<String> messages) implements Prepared {
        }
    }

    public sealed interface Started {
        record Redirect(String url) implements Started {
        }

        record Refused(List<String> messages) implements Started {
        }
    }

    /** What the parent's return page says. */
    public enum Outcome {
        PAID, REFUSED, ABANDONED, PENDING, FAILED
    }

    public record Result(Outcome outcome, OnlinePayment payment, CashOffice cashOffice) {
    }

    private final BillingPorts ports;
    private final BillingAccess access;

    public PayOnline(BillingPorts ports) {
        this.ports = ports;
        this.access = new BillingAccess(ports);
    }

    /** Step 2: what will be paid, or why not, for the invoices chosen in step 1 (numbers from the form). */
    public Prepared prepare(Actor actor, long cashOfficeId, List<String> numbers) {
        long household = access.householdOf(actor);
        var cashOffice = ports.cashOffices().find(cashOfficeId).orElseThrow(Actor.NotAllowed::new);
        var invoices = new ArrayList<Invoice>();
        for (String number : new LinkedHashSet<>(numbers)) invoices.add(access.invoice(actor, number));
        var problems = new ArrayList<>(PaymentRequest.problems(household, cashOffice, invoices));
        if (problems.isEmpty()) {
            for (OnlinePayment pending : ports.payments().pendingFor(invoices.stream().map(Invoice::number).toList())) {
                // a notification lost after «Abandonner» or «Refuser» must not block the parent: the provider is asked first
                if (pending.createdAt().plus(PaymentRules.ATTEMPT_LIFETIME).isAfter(ports.clock().instant()) && settle(pending) == Outcome.PENDING) {
                    problems.add(PENDING_ATTEMPT.formatted(pending.invoices().getFirst().value()));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) return new Prepared.Refused(problems);
        return new Prepared.Ready(new Summary(cashOffice, List.copyOf(invoices), Money.sum(invoices.stream().map(Invoice::amountDue).toList())));
    }

    /** Step 3: records the attempt, registers it with the provider and gives the page to send the parent to. */
    public Started start(Actor actor, long cashOfficeId, List<String> numbers) {
        var prepared = prepare(actor, cashOfficeId, numbers);
        if (prepared instanceof Prepared.Refused refused) return new Started.Refused(refused.messages());
        var summary = ((Prepared.Ready) prepared).summary();
        long household = access.householdOf(actor);
        var account = ports.accounts().find(actor.accountId()).orElseThrow(Actor.NotAllowed::new);
        Instant now = ports.clock().instant();
        var invoiceNumbers = summary.invoices().stream().map(Invoice::number).toList();
        long id = ports.transactions().inTransaction(() -> ports.payments().create(cashOfficeId, household, actor.accountId(), invoiceNumbers,
                summary.total().cents(), now));
        var reference = PaymentReference.forPaymentRecord(summary.cashOffice(), id);
        String base = ports.publicBaseUrl().get();
        var order = new PaymentOrder(summary.cashOffice().payfipClientNumber(), ports.today().getYear(), reference.value(), summary.total().cents(),
                account.email().value(), label(invoiceNumbers), ports.gateway().mode(), base + "/paiement/notification", base + "/paiement/retour", now);
        var problems = order.problems();
        if (!problems.isEmpty()) {
            ports.payments().settle(id, PaymentState.FAILED, null, now);
            LOG.log(System.Logger.Level.ERROR, "Ordre de paiement {0} invalide : {1}", reference, problems);
            return new Started.Refused(List.copyOf(problems.asMap().values()));
        }
        return switch (ports.gateway().start(order)) {
            case PaymentStart.Started started -> {
                ports.payments().attach(id, order, started.providerPaymentId());
                yield new Started.Redirect(started.redirectUrl());
            }
            case PaymentStart.Rejected rejected -> {
                ports.payments().settle(id, PaymentState.FAILED, null, now);
                LOG.log(System.Logger.Level.WARNING, "Paiement {0} refusé par le service : {1}", reference, rejected.code());
                yield new Started.Refused(List.of(rejected.frenchMessage()));
            }
            case PaymentStart.Unavailable unavailable -> {
                ports.payments().settle(id, PaymentState.FAILED, null, now);
                LOG.log(System.Logger.Level.WARNING, "Service de paiement indisponible pour {0} : {1}", reference, unavailable.reason());
                yield new Started.Refused(List.of(UNAVAILABLE));
            }
        };
    }

    /** «Factures PERI2610-000001 PERI2610-000002»: ASCII letters, digits and spaces, at most 100 characters (PayFiP's objet). */
    private static String label(List<InvoiceNumber> numbers) {
        var label = new StringBuilder(numbers.size() == 1 ? "Facture" : "Factures");
        for (InvoiceNumber n : numbers) {
            String part = " " + n.value().replaceAll("[^A-Za-z0-9]", "");
            if (label.length() + part.length() > 100) break;
            label.append(part);
        }
        return label.toString();
    }

    /** The parent comes back from the provider's page: where does the payment stand (asked again now)? */
    public Result returned(Actor actor, String providerId) {
        long household = access.householdOf(actor);
        var payment = ports.payments().findByProviderId(providerId == null ? "" : providerId.strip())
                .filter(p -> p.householdId() == household).orElseThrow(Actor.NotAllowed::new);
        var outcome = settle(payment);
        var now = ports.payments().find(payment.id()).orElseThrow();
        return new Result(outcome, now, ports.cashOffices().find(now.cashOfficeId()).orElseThrow());
    }

    /**
     * The provider's callback, which proves nothing: an id not shaped like one, or that we never issued, is logged and
     * ignored (no call to the provider); a known one is checked with the provider and settled.
     */
    public void notified(String providerId) {
        if (providerId == null || !UUID_SHAPE.matcher(providerId.strip()).matches()) {
            LOG.log(System.Logger.Level.WARNING, "Notification de paiement ignorée : identifiant mal formé");
            return;
        }
        var payment = ports.payments().findByProviderId(providerId.strip());
        if (payment.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Notification de paiement ignorée : identifiant inconnu {0}", providerId.strip());
            return;
        }
        settle(payment.get());
    }

    /** The job: attempts still pending after {@code age} are asked again (settled, or expired after 20 minutes). */
    public int reconcile(java.time.Duration age) {
        int settled = 0;
        for (OnlinePayment p : ports.payments().pendingCreatedBefore(ports.clock().instant().minus(age), 200)) {
            if (settle(p) != Outcome.PENDING) settled++;
        }
        return settled;
    }

    private Outcome settle(OnlinePayment payment) {
        if (payment.state() != PaymentState.PENDING) return outcomeOf(payment.state());
        Instant now = ports.clock().instant();
        if (payment.order() == null) {
            // never reached the provider (crash between the two steps): over once its lifetime is
            if (payment.createdAt().plus(PaymentRules.ATTEMPT_LIFETIME).isBefore(now)) ports.payments().settle(payment.id(), PaymentState.EXPIRED, null, now);
            return Outcome.PENDING;
        }
        var status = ports.gateway().status(payment.providerId(), payment.order(), now);
        return switch (status) {
            case PaymentStatus.Paid paid -> {
                credit(payment, paid);
                yield Outcome.PAID;
            }
            case PaymentStatus.Refused r -> transition(payment, PaymentState.REFUSED, now);
            case PaymentStatus.Cancelled c -> transition(payment, PaymentState.CANCELLED, now);
            case PaymentStatus.Expired e -> transition(payment, PaymentState.EXPIRED, now);
            // PayFiP's page is single use, its first choice final: an attempt abandoned there can no longer be paid, so it
            // is closed at once and the invoices may be paid again (kept pending, it blocked them for 20 minutes)
            case PaymentStatus.Pending pending -> pending.payerLeft() ? transition(payment, PaymentState.CANCELLED, now) : Outcome.PENDING;
            case PaymentStatus.Unknown unknown -> {
                LOG.log(System.Logger.Level.WARNING, "Paiement {0} : état inconnu ({1}), nouvelle tentative plus tard", payment.id(), unknown.reason());
                yield Outcome.PENDING;
            }
            case PaymentStatus.Mismatch mismatch -> {
                // never a credit: the régie looks into it with the provider's own report
                LOG.log(System.Logger.Level.ERROR, "ALERTE paiement {0} : {1}", payment.id(), mismatch.reason());
                transition(payment, PaymentState.FAILED, now);
                yield Outcome.FAILED;
            }
        };
    }

    private Outcome transition(OnlinePayment payment, PaymentState state, Instant now) {
        ports.payments().settle(payment.id(), state, null, now);
        return outcomeOf(ports.payments().find(payment.id()).map(OnlinePayment::state).orElse(state));
    }

    private static Outcome outcomeOf(PaymentState state) {
        return switch (state) {
            case PAID -> Outcome.PAID;
            case REFUSED -> Outcome.REFUSED;
            case CANCELLED, EXPIRED -> Outcome.ABANDONED;
            case PENDING -> Outcome.PENDING;
            case FAILED -> Outcome.FAILED;
        };
    }

    /** One transaction: the attempt leaves PENDING (one caller wins), its invoices are paid, the parent gets a mail. */
    private void credit(OnlinePayment payment, PaymentStatus.Paid paid) {
        ports.transactions().run(() -> {
            if (!ports.payments().settle(payment.id(), PaymentState.PAID, paid.authorisationNumber(), ports.clock().instant())) return;
            var settled = new ArrayList<String>();
            for (InvoiceNumber number : payment.invoices()) {
                Optional<Invoice> invoice = ports.invoices().find(number.value());
                boolean recorded = invoice.isPresent() && ports.invoices().markPaid(number,
                        new InvoicePayment(PaymentMethod.ONLINE, invoice.get().amountDue().isPositive() ? invoice.get().amountDue() : invoice.get().remaining(),
                                paid.paidAt(), payment.order().reference()));
                if (recorded) settled.add(number.value());
                else LOG.log(System.Logger.Level.ERROR, "ALERTE paiement {0} : la facture {1} n''était plus à payer (double paiement à rembourser)",
                        payment.order().reference(), number.value());
            }
            var account = ports.accounts().find(payment.accountId());
            var cashOffice = ports.cashOffices().find(payment.cashOfficeId()).orElseThrow();
            if (account.isPresent()) {
                var town = ports.town().get();
                ports.outbox().enqueue(ports.composer().compose(new MailContent.PaymentConfirmed(account.get().email().value(), town,
                        account.get().displayName(), cashOffice.name(), payment.order().reference(), Money.ofCents(payment.amountCents()).format(),
                        payment.invoices().stream().map(InvoiceNumber::value).toList(), PAID_AT.format(paid.paidAt()),
                        town.publicBaseUrl() + "/facturation")));
            }
        });
    }
}
