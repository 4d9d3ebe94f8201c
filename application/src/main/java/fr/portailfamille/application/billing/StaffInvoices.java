package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CreditOutcome;
import fr.portailfamille.domain.billing.CreditedDays;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.PaymentOutcome;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.common.MoneyInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The back-office on invoices: search, a payment received at the desk (with its audit), credit notes. */
public final class StaffInvoices {

    public record Found(Invoice invoice, String householdName) {
    }

    private final BillingPorts ports;
    private final BillingAccess access;
    private final AuditTrail trail;
    private final BilledDays billedDays;

    /**
     * @param trail      where each desk payment and credit note is recorded in its household's trail
     * @param billedDays the days an invoice bills, which its credit notes may give back
     */
    public StaffInvoices(BillingPorts ports, AuditTrail trail, BilledDays billedDays) {
        this.ports = ports;
        this.access = new BillingAccess(ports);
        this.trail = trail;
        this.billedDays = billedDays;
    }

    /** The days the invoice still bills: what a credit note may give back. */
    public List<BilledDays.InvoicedDay> billedDays(Actor actor, String number) {
        actor.requireStaff();
        return billedDays.of(access.invoice(actor, number).number());
    }

    public List<Found> search(Actor actor, String text, Optional<InvoiceStatus> status) {
        actor.requireStaff();
        return ports.invoices().search(text, status, 100).stream()
                .map(i -> new Found(i, ports.households().find(i.householdId()).map(h -> h.name()).orElse(""))).toList();
    }

    /** One invoice with the name of its household, so an agent knows which family they deal with. */
    public Found find(Actor actor, String number) {
        actor.requireStaff();
        var invoice = access.invoice(actor, number);
        return new Found(invoice, ports.households().find(invoice.householdId()).map(h -> h.name()).orElse(""));
    }

    public List<InvoiceRepository.DeskPaymentRecord> deskPayments(Actor actor, String number) {
        actor.requireStaff();
        return ports.invoices().deskPayments(access.invoice(actor, number).number());
    }

    /** A payment of the whole amount due, received at the régie's desk (cash, cheque, CESU, card). */
    public FieldErrors recordDeskPayment(Actor actor, String number, String method, String amount, String reference) {
        actor.requireStaff();
        var invoice = access.invoice(actor, number);
        var errors = new FieldErrors();
        PaymentMethod chosen = null;
        try {
            chosen = PaymentMethod.valueOf(method);
            if (chosen == PaymentMethod.ONLINE) chosen = null;
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        if (chosen == null) errors.add("method", "Choisissez le moyen de paiement reçu.");
        var money = Money.parse(amount);
        if (money instanceof MoneyInput.Invalid invalid) errors.add("amount", invalid.message());
        if (reference.length() > 100) errors.add("reference", "La référence ne doit pas dépasser 100 caractères.");
        if (!errors.isEmpty()) return errors;
        var paid = invoice.pay(chosen, ((MoneyInput.Valid) money).money(), ports.clock().instant(), reference);
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

    /**
     * An «avoir» on some of the invoice's lines (their indexes, from 0) with the quantities to cancel; its number comes
     * from the régie's series.
     */
    public FieldErrors issueCreditNote(Actor actor, String number, List<Integer> quantities, String reason) {
        return issueCreditNote(actor, number, quantities, reason, List.of());
    }

    /**
     * The same, giving back {@code days}: no longer billed by the invoice, a later run bills them if they are booked
     * again (see {@link CreditedDays}).
     */
    public FieldErrors issueCreditNote(Actor actor, String number, List<Integer> quantities, String reason, List<BilledDay> days) {
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
