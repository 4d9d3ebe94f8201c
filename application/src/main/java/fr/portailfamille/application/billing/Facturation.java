package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.CreditNote;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.common.Money;

import java.util.List;

/**
 * The parent's «Facturation»: per régie, how many invoices wait for payment and how much, the last invoice, the
 * history (the last twelve, the older ones on demand); an invoice's detail and its PDF. Staff see any household's.
 */
public final class Facturation {

    public static final int HISTORY = 12;

    public record CashOfficeInvoices(CashOffice cashOffice, int toPay, Money due, List<Invoice> history, boolean older) {
        public Invoice last() {
            return history.isEmpty() ? null : history.getFirst();
        }
    }

    /** @param pdfSize the PDF's size in bytes, for «Télécharger (PDF – 201 Ko)» */
    public record Detail(Invoice invoice, CashOffice cashOffice, List<CreditNote> creditNotes, boolean overdue, boolean paymentPending, int pdfSize) {
    }

    public record Pdf(String fileName, byte[] content) {
    }

    private final BillingPorts ports;
    private final BillingAccess access;
    private final InvoiceDocuments documents;

    public Facturation(BillingPorts ports) {
        this.ports = ports;
        this.access = new BillingAccess(ports);
        this.documents = new InvoiceDocuments(ports);
    }

    /** The parent's household, per régie; {@code all} lifts the limit of twelve. */
    public List<CashOfficeInvoices> overview(Actor actor, boolean all) {
        long household = access.householdOf(actor);
        return ports.invoices().cashOfficesOf(household).stream().map(id -> {
            var cashOffice = ports.cashOffices().find(id).orElseThrow();
            var invoices = ports.invoices().ofHousehold(household, id);
            var toPay = invoices.stream().filter(Invoice::isPayable).toList();
            return new CashOfficeInvoices(cashOffice, toPay.size(), Money.sum(toPay.stream().map(Invoice::amountDue).toList()),
                    all ? invoices : invoices.stream().limit(HISTORY).toList(), !all && invoices.size() > HISTORY);
        }).toList();
    }

    /** The parent's invoices of one régie still to pay, oldest first: step 1 of the payment. */
    public List<Invoice> toPay(Actor actor, long cashOfficeId) {
        long household = access.householdOf(actor);
        return ports.invoices().ofHousehold(household, cashOfficeId).stream().filter(Invoice::isPayable).toList().reversed();
    }

    public Detail detail(Actor actor, String number) {
        var invoice = access.invoice(actor, number);
        var pending = ports.payments().pendingFor(List.of(invoice.number())).stream()
                .anyMatch(p -> p.createdAt().plus(fr.portailfamille.application.payment.PaymentRules.ATTEMPT_LIFETIME).isAfter(ports.clock().instant()));
        return new Detail(invoice, ports.cashOffices().find(invoice.cashOfficeId()).orElseThrow(), ports.invoices().creditNotes(invoice.number()),
                invoice.isOverdue(ports.today()), pending && invoice.isPayable(), documents.size(invoice));
    }

    public Pdf pdf(Actor actor, String number) {
        var invoice = access.invoice(actor, number);
        return new Pdf(InvoiceDocuments.fileName(invoice.number()), documents.render(invoice));
    }
}
