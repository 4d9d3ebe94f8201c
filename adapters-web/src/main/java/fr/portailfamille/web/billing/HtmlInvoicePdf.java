package fr.portailfamille.web.billing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.portailfamille.application.billing.InvoicePdf;
import fr.portailfamille.web.Formats;
import fr.portailfamille.web.Views;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The invoice PDF: an XHTML FreeMarker template ({@code billing/invoice-pdf.ftlh}) rendered by openhtmltopdf, with
 * DejaVu Sans embedded (the PDF base fonts lack «€», narrow no-break spaces and «×»).
 */
public final class HtmlInvoicePdf implements InvoicePdf {

    private final Views views = new Views();
    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

    @Override
    public byte[] render(InvoiceDocument document) {
        String xhtml = views.render("billing/invoice-pdf.ftlh", Map.of("doc", document, "fmt", Formats.FRENCH));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new java.io.ByteArrayInputStream(regular), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bold), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static byte[] font(String path) {
        try (InputStream in = HtmlInvoicePdf.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing font " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
