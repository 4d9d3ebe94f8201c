package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.port.InvoicePdf;
import fr.portailfamille.application.billing.InvoicePdfContract;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The invoice PDF contract on the HTML-to-PDF adapter, read back page by page with PDFBox. */
class HtmlInvoicePdfContractTest extends InvoicePdfContract {

    @Override
    protected InvoicePdf pdf() {
        return new HtmlInvoicePdf();
    }

    @Override
    protected List<String> pages(byte[] rendered) throws IOException {
        var pages = new ArrayList<String>();
        try (var document = Loader.loadPDF(rendered)) {
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
