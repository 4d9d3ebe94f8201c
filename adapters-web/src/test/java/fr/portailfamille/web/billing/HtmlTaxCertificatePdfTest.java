package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.port.TaxCertificatePdf;
import fr.portailfamille.domain.billing.ChildcareTaxCertificate;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.town.Town;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tax certificate PDF read back with PDFBox: the town, the family, each child's amount, the rule and the signature line. */
class HtmlTaxCertificatePdfTest {

    @Test
    void the_pdf_names_the_town_the_family_each_child_and_amount_the_rule_and_a_signature_line() throws IOException {
        var town = new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00", "1 place de la République",
                "https://portail.example", 168);
        var certificate = new ChildcareTaxCertificate(7, 2026, List.of(
                new ChildcareTaxCertificate.ChildAmount(10, "Léa Dupont", LocalDate.of(2021, 3, 14), Money.ofCents(54_60)),
                new ChildcareTaxCertificate.ChildAmount(11, "Nina Dupont", LocalDate.of(2023, 2, 2), Money.ofCents(1_234_50))));
        byte[] pdf = new HtmlTaxCertificatePdf().render(new TaxCertificatePdf.TaxCertificateDocument(town, "Famille DUPONT",
                "3 rue des Lilas, 91999 Beaulieu-sur-Orge", certificate, LocalDate.of(2027, 1, 12)));

        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
        }
        for (String expected : List.of("Attestation fiscale pour frais de garde – année 2026", "Mairie de Beaulieu-sur-Orge", "1 place de la République",
                "Famille DUPONT", "3 rue des Lilas", "moins de 6 ans au 1er janvier 2026", "Léa Dupont", "14/03/2021", "54,60 €", "Nina Dupont",
                "1 234,50 €", "1 289,10 €", "frais de repas (restauration scolaire) en sont exclus", "article 200 quater B", "cases 7GA à 7GC",
                "Fait à Beaulieu-sur-Orge, le 12/01/2027", "Signature et cachet")) {
            assertTrue(text.contains(expected), "«" + expected + "» missing from:\n" + text);
        }
    }
}
