package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceStatus;

import java.util.List;
import java.util.Optional;

/**
 * Agents search the invoices and read one with its family, desk payments and billed days. Kept together: the
 * queries of the agents' invoice pages, under one rule (staff only; an unknown invoice is not found).
 */
public final class ReadStaffInvoices {

    public record Found(Invoice invoice, String householdName) {
    }

    private final BillingPorts ports;
    private final BillingAccess access;
    private final BilledDays billedDays;

    /** @param billedDays the days an invoice bills, which its credit notes may give back */
    public ReadStaffInvoices(BillingPorts ports, BilledDays billedDays) {
        this.ports = ports;
        this.access = new BillingAccess(ports);
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

}
