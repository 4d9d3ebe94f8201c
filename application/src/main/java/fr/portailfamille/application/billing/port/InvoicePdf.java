package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.CreditNote;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceHeader;

import java.util.List;

/**
 * Out-port: prints an invoice as a PDF, in French, with the town's header and how to pay. The same document gives the
 * same bytes, whenever it is printed: nothing in it comes from the moment of printing.
 */
public interface InvoicePdf {

    byte[] render(InvoiceDocument document);

    /** These invoices in one PDF, each starting on a new page (the run's paper invoices, printed at once). */
    byte[] renderAll(List<InvoiceDocument> documents);

    /** Everything printed on an invoice: the header frozen at issue, the invoice as it stands, its credit notes. */
    record InvoiceDocument(InvoiceHeader header, Invoice invoice, List<CreditNote> creditNotes) {
        public InvoiceDocument {
            creditNotes = List.copyOf(creditNotes);
        }
    }
}
