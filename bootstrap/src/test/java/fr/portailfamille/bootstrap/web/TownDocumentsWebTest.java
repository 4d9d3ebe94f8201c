package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Documents dématérialisés»: the invoices the town produced for a household are listed there, for that household only;
 * the demo town's guide, published to every family, and its services on «Nous contacter».
 */
class TownDocumentsWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void a_family_finds_its_invoices_among_the_towns_documents_and_downloads_the_pdf() {
        var dupont = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var page = dupont.get("/dossier/documents");
        assertTrue(page.contains("Facture " + portal.demoInvoice(1) + " du " + portal.demoInvoiceIssuedOn()), page.body());
        var pdf = dupont.download("/facturation/factures/" + portal.demoInvoice(1) + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF-"));

        var nguyen = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        assertFalse(nguyen.get("/dossier/documents").contains(portal.demoInvoice(1)));
        assertEquals(404, nguyen.download("/facturation/factures/" + portal.demoInvoice(1) + "/pdf").statusCode());
    }

    @Test
    void the_demo_towns_guide_reaches_every_family_as_a_real_pdf_and_its_services_are_on_the_contact_page() throws Exception {
        String title = "Guide des accueils périscolaires " + fr.portailfamille.domain.bookings.SchoolYear.containing(portal.seededOn()).label();
        for (var family : List.of(WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026"),
                WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026"))) {
            var page = family.get("/dossier/documents");
            var link = Pattern.compile("href=\"(/dossier/documents-de-la-ville/\\d+)\" download>" + Pattern.quote(title) + "</a> <span class=\"hint\">publié le "
                    + Pattern.quote(portal.seededOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))).matcher(page.body());
            assertTrue(link.find(), page.body());
            var pdf = family.download(link.group(1));
            assertEquals(200, pdf.statusCode());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("Guide des accueils périscolaires et de loisirs"));
            }
        }
        var contact = new WebClient(portal.portal().port()).get("/nous-contacter");
        for (String office : List.of("Service Enfance-Jeunesse", "Régie centrale", "enfance.jeunesse@beaulieu-sur-orge.example", "01 64 00 00 30")) {
            assertTrue(contact.contains(office), office + " in " + contact.body());
        }
    }
}
