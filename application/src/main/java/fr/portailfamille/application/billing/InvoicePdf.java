package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.CreditNote;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.town.Town;

import java.util.List;

/** Out-port: prints an invoice as a PDF, in French, with the town's header and how to pay. */
public interface InvoicePdf {

    byte[] render(InvoiceDocument document);

    /** These invoices in one PDF, each starting on a new page (the run's paper invoices, printed at once). */
    byte[] renderAll(List<InvoiceDocument> documents);

    /** Everything printed on an invoice. */
    record InvoiceDocument(Town town, CashOffice cashOffice, Household household, Invoice invoice, List<CreditNote> creditNotes) {
        public InvoiceDocument {
            creditNotes = List.copyOf(creditNotes);
        }
    }
}
