package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.port.TaxCertificatePdf;
import fr.portailfamille.application.billing.TaxCertificatePdfContract;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tax certificate contract on the HTML-to-PDF adapter, read back with PDFBox; and what only the real certificate
 * prints: the rule it applies and the signature line.
 */
class HtmlTaxCertificatePdfTest extends TaxCertificatePdfContract {

    @Override
    protected TaxCertificatePdf pdf() {
        return new HtmlTaxCertificatePdf();
    }

    @Override
    protected String text(byte[] rendered) throws IOException {
        assertEquals("%PDF-", new String(rendered, 0, 5, StandardCharsets.US_ASCII));
        try (var document = Loader.loadPDF(rendered)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void the_pdf_says_the_rule_and_has_a_signature_line() throws IOException {
        String text = text(pdf().render(dupont())).replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
        for (String expected : List.of("Attestation fiscale pour frais de garde – année 2026", "Mairie de Beaulieu-sur-Orge", "1 place de la République",
                "moins de 6 ans au 1er janvier 2026", "frais de repas (restauration scolaire) en sont exclus", "article 200 quater B",
                "cases 7GA à 7GC", "Fait à Beaulieu-sur-Orge, le 12/01/2027", "Signature et cachet")) {
            assertTrue(text.contains(expected), "«" + expected + "» missing from:\n" + text);
        }
    }
}
