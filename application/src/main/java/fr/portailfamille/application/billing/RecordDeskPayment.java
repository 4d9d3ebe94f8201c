package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.InvalidCommand;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.PaymentOutcome;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.privacy.AuditEvent;

import java.util.List;

/** An agent records a payment of the whole amount due, received at the régie's desk (cash, cheque, CESU, card), with its audit. */
public final class RecordDeskPayment {

    /**
     * @param reference the cheque's number, the CESU's…; may be empty
     * @throws InvalidCommand every problem at once, by field
     */
    public record Command(PaymentMethod method, Money amount, String reference) {
        public Command {
            reference = reference == null ? "" : reference;
            var errors = new FieldErrors();
            // online payments come from PayFiP only: an agent cannot record one
            if (method == null || method == PaymentMethod.ONLINE) errors.add("method", "Choisissez le moyen de paiement reçu.");
            if (amount == null) errors.add("amount", "Saisissez le montant reçu, par exemple 12,50.");
            if (reference.length() > 100) errors.add("reference", "La référence ne doit pas dépasser 100 caractères.");
            InvalidCommand.throwIfAny(errors);
        }
    }

    private final BillingPorts ports;
    private final BillingAccess access;
    private final AuditTrail trail;

    /** @param trail where each desk payment is recorded in its household's trail */
    public RecordDeskPayment(BillingPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.access = new BillingAccess(ports);
        this.trail = trail;
    }

    /** Empty when recorded; otherwise why not (not the amount due, paid already), under «amount». */
    public FieldErrors record(Actor actor, String number, Command command) {
        actor.requireStaff();
        var invoice = access.invoice(actor, number);
        var errors = new FieldErrors();
        var paid = invoice.pay(command.method(), command.amount(), ports.clock().instant(), command.reference());
        if (paid instanceof PaymentOutcome.Refused refused) return errors.add("amount", refused.message());
        var payment = ((PaymentOutcome.Paid) paid).invoice().payment();
        boolean recorded = ports.transactions().inTransaction(() -> {
            if (!ports.invoices().recordDeskPayment(invoice.number(), payment, actor.accountId(), ports.clock().instant())) return false;
            trail.record(List.of(new AuditEvent(invoice.householdId(), actor.accountId(), ports.clock().instant(), AuditEvent.Kind.DESK_PAYMENT,
                    "Facture " + invoice.number().value() + " – " + payment.amount().format() + " – " + payment.method().label(), actor.origin())));
            return true;
        });
        if (!recorded) errors.add("amount", PaymentOutcome.Refused.ALREADY_PAID);
        return errors;
    }
}
