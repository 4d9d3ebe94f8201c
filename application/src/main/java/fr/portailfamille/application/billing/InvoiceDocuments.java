package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.mail.MailAttachment;
import fr.portailfamille.application.mail.port.MailAttachments;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.billing.InvoiceNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The invoices' PDFs, for the pages, the mails and the print shop: rendered from the invoice and its credit notes, the
 * size remembered so a page shows «(PDF – 201 Ko)» without rendering again. Also resolves the «facture:…»
 * attachments of the outbox when a paperless household's mail leaves. No access check here: callers check first.
 */
public final class InvoiceDocuments implements MailAttachments {

    private static final String REFERENCE = "facture:";

    private final BillingPorts ports;

    public InvoiceDocuments(BillingPorts ports) {
        this.ports = ports;
    }

    /** The attachment a paperless household's mail carries: a reference, rendered when the mail leaves. */
    public static MailAttachment attachment(InvoiceNumber number) {
        return new MailAttachment(fileName(number), "application/pdf", REFERENCE + number.value());
    }

    public static String fileName(InvoiceNumber number) {
        return "facture-" + number.value() + ".pdf";
    }

    public byte[] render(Invoice invoice) {
        byte[] pdf = ports.pdf().render(document(invoice));
        ports.invoices().recordPdfSize(invoice.number(), pdf.length);
        return pdf;
    }

    /** The PDF's size in bytes, rendered once if not known yet (a credit note forgets it). */
    public int size(Invoice invoice) {
        return ports.invoices().pdfSize(invoice.number()).orElseGet(() -> render(invoice).length);
    }

    /** One printable PDF of these invoices, one after the other, for the households that get theirs on paper. */
    public byte[] print(List<Invoice> invoices) {
        var documents = new ArrayList<InvoicePdf.InvoiceDocument>();
        for (Invoice invoice : invoices) documents.add(document(invoice));
        return ports.pdf().renderAll(documents);
    }

    /**
     * The invoice with the header frozen when it was issued. Only an invoice stored without one (by hand, outside an
     * invoicing run) is printed with today's addressee and town.
     */
    private InvoicePdf.InvoiceDocument document(Invoice invoice) {
        var header = ports.invoices().header(invoice.number()).orElseGet(() -> {
            var household = ports.households().find(invoice.householdId()).orElseThrow();
            return InvoiceHeader.of(ports.town().get(), ports.cashOffices().find(invoice.cashOfficeId()).orElseThrow(), household.name(),
                    household.postalAddress());
        });
        return new InvoicePdf.InvoiceDocument(header, invoice, ports.invoices().creditNotes(invoice.number()));
    }

    @Override
    public Optional<byte[]> content(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE)) return Optional.empty();
        return ports.invoices().find(reference.substring(REFERENCE.length())).map(this::render);
    }
}
