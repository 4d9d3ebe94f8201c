package fr.portailfamille.application.billing;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.payment.PaymentStatus;
import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * «Rapprochement PayFiP»: compares a day's online payments as the portal recorded them with the provider's view of
 * each (asked again through the payment port, never from the callbacks), and lists what differs — paid at the
 * provider but not in the portal (the invoices still look unpaid), paid in the portal but not at the provider, an
 * answer that does not match the order, or a provider that could not be asked. Run daily for the day before, and on
 * demand by staff for any day.
 */
public final class PaymentLedgerCheck {

    /**
     * @param portal      our state, «Payé»
     * @param provider    the provider's answer, «Refusé»
     * @param explanation in French, what to do about it
     */
    public record Discrepancy(OnlinePayment payment, String reference, Money amount, String portal, String provider, String explanation) {
    }

    /** @param checked how many of the day's attempts were asked to the provider */
    public record Report(LocalDate day, int checked, List<Discrepancy> discrepancies) {
        public Report {
            discrepancies = List.copyOf(discrepancies);
        }
    }

    private final BillingPorts ports;

    public PaymentLedgerCheck(BillingPorts ports) {
        this.ports = ports;
    }

    /** The town's today, the page's default day. */
    public LocalDate today() {
        return ports.today();
    }

    public Report compare(Actor actor, LocalDate day) {
        actor.requireStaff();
        return compare(day);
    }

    /** The daily job's entry: no actor, the town's day from midnight to midnight. */
    public Report compare(LocalDate day) {
        var from = day.atStartOfDay(TownZone.ZONE).toInstant();
        var to = day.plusDays(1).atStartOfDay(TownZone.ZONE).toInstant();
        var now = ports.clock().instant();
        var payments = ports.payments().sentBetween(from, to);
        var discrepancies = new ArrayList<Discrepancy>();
        for (OnlinePayment payment : payments) {
            var status = ports.gateway().status(payment.providerId(), payment.order(), now);
            boolean paidHere = payment.state() == PaymentState.PAID;
            String explanation = switch (status) {
                case PaymentStatus.Paid paid -> paidHere ? null
                        : "Payé chez le prestataire mais pas dans le portail : les factures y restent à payer. Vérifiez, puis enregistrez le paiement.";
                case PaymentStatus.Mismatch mismatch -> "La réponse du prestataire ne correspond pas à l'ordre envoyé (" + mismatch.reason() + ").";
                case PaymentStatus.Unknown unknown -> "Le prestataire n'a pas pu être interrogé (" + unknown.reason() + ") : à vérifier plus tard.";
                default -> paidHere ? "Payé dans le portail mais pas chez le prestataire : les factures ont été créditées à tort." : null;
            };
            if (explanation != null) {
                discrepancies.add(new Discrepancy(payment, payment.order().reference(), Money.ofCents(payment.amountCents()), payment.state().label(),
                        describe(status), explanation));
            }
        }
        return new Report(day, payments.size(), discrepancies);
    }

    private static String describe(PaymentStatus status) {
        return switch (status) {
            case PaymentStatus.Paid paid -> "Payé (autorisation " + paid.authorisationNumber() + ")";
            case PaymentStatus.Refused r -> "Refusé";
            case PaymentStatus.Cancelled c -> "Abandonné";
            case PaymentStatus.Expired e -> "Expiré";
            case PaymentStatus.Pending p -> "En cours";
            case PaymentStatus.Mismatch m -> "Réponse différente de l'ordre";
            case PaymentStatus.Unknown u -> "Injoignable";
        };
    }
}
