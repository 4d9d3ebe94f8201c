package fr.portailfamille.web.billing;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.billing.port.InvoicePdf;
import fr.portailfamille.web.Formats;
import fr.portailfamille.web.Views;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The invoice PDF: an XHTML FreeMarker template ({@code billing/invoice-pdf.ftlh}) rendered by {@link FrenchPdf}.
 */
public final class HtmlInvoicePdf implements InvoicePdf {

    private final Views views = new Views();
    private final FrenchPdf pdf = new FrenchPdf();

    @Override
    public byte[] render(InvoiceDocument document) {
        try {
            return stamped(pdf.render(views.render("billing/invoice-pdf.ftlh", Map.of("doc", document, "fmt", Formats.FRENCH))), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The renderer dates the PDF and draws its file identifier at the moment of printing: both are replaced by the
     * invoice's own (its issue date, a digest of its number and state), so the same invoice is the same bytes whenever
     * it is printed, and a PDF mailed in November can be compared with one downloaded in March.
     */
    private static byte[] stamped(byte[] pdf, InvoiceDocument document) throws IOException {
        var invoice = document.invoice();
        var issued = java.util.GregorianCalendar.from(invoice.issuedOn().atStartOfDay(TownZone.ZONE));
        try (var doc = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
            var info = doc.getDocumentInformation();
            info.setCreationDate(issued);
            info.setModificationDate(issued);
            info.setTitle("Facture " + invoice.number().value());
            byte[] id = digest(invoice.number().value() + "|" + invoice.status() + "|" + invoice.credited().cents());
            var ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] digest(String text) {
        try {
            return java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each invoice rendered on its own, then the PDFs joined with PDFBox: every invoice starts on a new page. */
    @Override
    public byte[] renderAll(List<InvoiceDocument> documents) {
        var merger = new PDFMergerUtility();
        try (var out = new ByteArrayOutputStream()) {
            for (InvoiceDocument document : documents) merger.addSource(new RandomAccessReadBuffer(render(document)));
            merger.setDestinationStream(out);
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
