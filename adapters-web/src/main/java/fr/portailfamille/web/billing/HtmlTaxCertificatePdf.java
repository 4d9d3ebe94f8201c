package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.port.TaxCertificatePdf;
import fr.portailfamille.web.Formats;
import fr.portailfamille.web.Views;

import java.util.Map;

/** The childcare tax certificate: {@code billing/tax-certificate-pdf.ftlh} rendered by {@link FrenchPdf}. */
public final class HtmlTaxCertificatePdf implements TaxCertificatePdf {

    private final Views views = new Views();
    private final FrenchPdf pdf = new FrenchPdf();

    @Override
    public byte[] render(TaxCertificateDocument document) {
        return pdf.render(views.render("billing/tax-certificate-pdf.ftlh", Map.of("doc", document, "fmt", Formats.FRENCH)));
    }
}
