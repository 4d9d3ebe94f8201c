package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CreditOutcome;
import fr.portailfamille.domain.billing.CreditedDays;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.privacy.AuditEvent;

import java.util.ArrayList;
import java.util.List;

/** An agent issues an «avoir» on an invoice, numbered in the régie's series, possibly giving days back to be billed again. */
public final class IssueCreditNote {

    private final BillingPorts ports;
    private final BillingAccess access;
    private final AuditTrail trail;
    private final BilledDays billedDays;

    /**
     * @param trail      where each credit note is recorded in its household's trail
     * @param billedDays the days an invoice bills, which its credit notes may give back
     */
    public IssueCreditNote(BillingPorts ports, AuditTrail trail, BilledDays billedDays) {
        this.ports = ports;
        this.access = new BillingAccess(ports);
        this.trail = trail;
        this.billedDays = billedDays;
    }

    /**
     * An «avoir» on some of the invoice's lines (their indexes, from 0) with the quantities to cancel; its number comes
     * from the régie's series.
     */
    public FieldErrors issue(Actor actor, String number, List<Integer> quantities, String reason) {
        return issue(actor, number, quantities, reason, List.of());
    }

    /**
     * The same, giving back {@code days}: no longer billed by the invoice, a later run bills them if they are booked
     * again (see {@link CreditedDays}).
     */
    public FieldErrors issue(Actor actor, String number, List<Integer> quantities, String reason, List<BilledDay> days) {
        actor.requireStaff();
        var errors = new FieldErrors();
        return ports.transactions().inTransaction(() -> {
            var invoice = access.invoice(actor, number);
            var lines = new ArrayList<InvoiceLine>();
            for (int i = 0; i < invoice.lines().size() && i < quantities.size(); i++) {
                int quantity = quantities.get(i);
                var line = invoice.lines().get(i);
                if (quantity < 0 || quantity > line.quantity()) {
                    errors.add("lines", "Ligne " + (i + 1) + " : entre 0 et " + line.quantity() + " unités.");
                } else if (quantity > 0) {
                    lines.add(new InvoiceLine(line.prestation(), line.childName(), quantity, line.unitPrice(), line.note()));
                }
            }
            if (!errors.isEmpty()) return errors;
            var cashOffice = ports.cashOffices().find(invoice.cashOfficeId()).orElseThrow();
            // the number is taken only once the note is known to be valid: a refusal must leave no gap
            var trialNumber = cashOffice.invoiceNumber(invoice.month(), invoice.number().sequence() == 1 ? 2 : 1);
            var tryOut = invoice.creditNote(trialNumber, ports.today(), reason, lines);
            if (tryOut instanceof CreditOutcome.Refused refused) return errors.add("lines", refused.message());
            var daysRefused = CreditedDays.refusal(days, billedDays.of(invoice.number()).stream().map(BilledDays.InvoicedDay::day).toList(), lines);
            if (daysRefused.isPresent()) return errors.add("days", daysRefused.get());
            int sequence = ports.invoices().reserveNumbers(cashOffice.id(), invoice.month(), 1).first();
            var issued = (CreditOutcome.Issued) invoice.creditNote(cashOffice.invoiceNumber(invoice.month(), sequence), ports.today(), reason, lines);
            ports.invoices().addCreditNote(issued.creditNote(), issued.invoice(), actor.accountId(), ports.clock().instant());
            if (!days.isEmpty()) billedDays.release(invoice.number(), issued.creditNote().number(), days);
            trail.record(List.of(new AuditEvent(invoice.householdId(), actor.accountId(), ports.clock().instant(), AuditEvent.Kind.CREDIT_NOTE,
                    "Avoir " + issued.creditNote().number().value() + " sur la facture " + invoice.number().value()
                            + (days.isEmpty() ? "" : " (" + days.size() + (days.size() > 1 ? " jours rendus facturables)" : " jour rendu facturable)")), actor.origin())));
            return errors;
        });
    }
}
