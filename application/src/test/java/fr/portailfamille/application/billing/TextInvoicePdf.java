package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In memory: the «PDF» is the text that would be printed (the PDF adapter is tested on its own), one document per
 * page, pages separated by a form feed. Counts its renderings: pages must not render an invoice just to show its size.
 */
public final class TextInvoicePdf implements InvoicePdf {

    public final AtomicInteger rendered = new AtomicInteger();

    private static String text(InvoiceDocument document) {
        return "FACTURE " + document.invoice().number() + " " + document.invoice().total().format() + " " + document.header().addressee();
    }

    @Override
    public byte[] render(InvoiceDocument document) {
        rendered.incrementAndGet();
        return text(document).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] renderAll(List<InvoiceDocument> documents) {
        return String.join("\f", documents.stream().map(TextInvoicePdf::text).toList()).getBytes(StandardCharsets.UTF_8);
    }
}
