package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.port.InvoicePdf;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.town.Town;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invoice PDF read back with PDFBox: number, lines, French amounts, the reason for the maximum tariff. */
class HtmlInvoicePdfTest {

    @Test
    void the_pdf_says_the_number_the_lines_and_the_total_in_french() throws IOException {
        var peri = CashOffice.create("Régie Périscolaire", "012345", "PERI").withId(1);
        var month = YearMonth.of(2026, 10);
        var invoice = new InvoiceDraft(7, 1, month, List.of(
                InvoiceLine.of("Accueil Périscolaire Soir – du 01/10 au 31/10", "Léa Dupont", 12, Money.ofCents(455)),
                new InvoiceLine("Accueil du mercredi – du 01/10 au 31/10", "Hugo Dupont", 2, Money.ofCents(1500),
                        "Tarif maximal appliqué : aucun quotient familial valide")))
                .finalise(peri.invoiceNumber(month, 123), LocalDate.of(2026, 11, 2));
        var town = new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00", "1 place de la République",
                "https://portail.example", 168);
        var household = new Household(7, "Famille DUPONT", "3 rue des Lilas, 91999 Beaulieu-sur-Orge", true, List.of());
        byte[] pdf = new HtmlInvoicePdf().render(new InvoicePdf.InvoiceDocument(InvoiceHeader.of(town, peri, household.name(), household.postalAddress()), invoice, List.of()));

        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
        for (String expected : List.of("Facture PERI2610-000123", "Mairie de Beaulieu-sur-Orge", "Famille DUPONT", "Régie Périscolaire",
                "Accueil Périscolaire Soir – du 01/10 au 31/10", "Léa Dupont", "4,55 €", "54,60 €", "30,00 €", "84,60 €",
                "Tarif maximal appliqué : aucun quotient familial valide", "à payer avant le 31/12/2026", "Comment payer ?")) {
            assertTrue(text.contains(expected), "«" + expected + "» missing from:\n" + text);
        }
    }

    /** Printed today or next year, the same invoice is the same bytes: no date, id or name comes from the moment of printing. */
    @Test
    void the_same_invoice_prints_the_same_bytes_whenever_printed() throws Exception {
        var peri = CashOffice.create("Régie Périscolaire", "012345", "PERI").withId(1);
        var month = YearMonth.of(2026, 10);
        var invoice = new InvoiceDraft(7, 1, month, List.of(InvoiceLine.of("Accueil du soir", "Léa Dupont", 3, Money.ofCents(455))))
                .finalise(peri.invoiceNumber(month, 1), LocalDate.of(2026, 11, 2));
        var header = new InvoiceHeader("Famille DUPONT", "3 rue des Lilas", "Beaulieu-sur-Orge", "1 place de la République", "mairie@exemple.fr",
                "01 64 00 00 00", "Régie Périscolaire");
        var document = new InvoicePdf.InvoiceDocument(header, invoice, List.of());
        byte[] first = new HtmlInvoicePdf().render(document);
        Thread.sleep(1100); // PDF dates count seconds
        byte[] second = new HtmlInvoicePdf().render(document);
        assertTrue(java.util.Arrays.equals(first, second), "two printings differ");
        try (var pdf = Loader.loadPDF(first)) {
            assertEquals(2026, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR), "dated by its issue, not by the printing");
            assertEquals("Facture PERI2610-000001", pdf.getDocumentInformation().getTitle());
        }
    }

    /** Names typed by a family or an agent land in the PDF as text: markup in them is printed, never interpreted. */
    @Test
    void markup_in_names_is_printed_as_text() throws IOException {
        String payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
        var office = CashOffice.create("Régie " + payload, "012345", "PERI").withId(1);
        var month = YearMonth.of(2026, 10);
        var invoice = new InvoiceDraft(7, 1, month, List.of(InvoiceLine.of("Accueil du soir", "Léa " + payload, 1, Money.ofCents(455))))
                .finalise(office.invoiceNumber(month, 1), LocalDate.of(2026, 11, 2));
        var town = new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00", "1 place de la République",
                "https://portail.example", 168);
        var household = new Household(7, "Famille " + payload, "3 rue " + payload, true, List.of());
        byte[] pdf = new HtmlInvoicePdf().render(new InvoicePdf.InvoiceDocument(InvoiceHeader.of(town, office, household.name(), household.postalAddress()), invoice, List.of()));
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\n', ' ');
        }
        for (String expected : List.of("Famille " + payload, "3 rue " + payload, "Léa " + payload)) {
            // line breaks fall anywhere in a long name: compare without white space
            assertTrue(text.replaceAll("\\s+", "").contains(expected.replaceAll("\\s+", "")), "«" + expected + "» not printed as text in:\n" + text);
        }
    }

    @Test
    void a_run_prints_its_paper_invoices_in_one_pdf_each_on_its_own_pages() throws IOException {
        var peri = CashOffice.create("Régie Périscolaire", "012345", "PERI").withId(1);
        var month = YearMonth.of(2026, 10);
        var town = new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00", "1 place de la République",
                "https://portail.example", 168);
        var documents = new java.util.ArrayList<InvoicePdf.InvoiceDocument>();
        for (int i = 1; i <= 3; i++) {
            var invoice = new InvoiceDraft(i, 1, month, List.of(InvoiceLine.of("Accueil Périscolaire Soir", "Enfant " + i, i, Money.ofCents(455))))
                    .finalise(peri.invoiceNumber(month, i), LocalDate.of(2026, 11, 2));
            documents.add(new InvoicePdf.InvoiceDocument(InvoiceHeader.of(town, peri, "Famille N" + i, ""), invoice, List.of()));
        }
        var pdf = new HtmlInvoicePdf();
        int onePage;
        try (var single = Loader.loadPDF(pdf.render(documents.getFirst()))) {
            onePage = single.getNumberOfPages();
        }
        try (var all = Loader.loadPDF(pdf.renderAll(documents))) {
            assertEquals(3 * onePage, all.getNumberOfPages());
            var stripper = new PDFTextStripper();
            for (int i = 1; i <= 3; i++) {
                stripper.setStartPage((i - 1) * onePage + 1);
                stripper.setEndPage(i * onePage);
                String page = stripper.getText(all);
                assertTrue(page.contains("Facture PERI2610-00000" + i) && page.contains("Famille N" + i), page);
            }
        }
    }
}
