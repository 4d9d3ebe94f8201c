package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Documents dématérialisés»: the invoices the town produced for a household are listed there, for that household only. */
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
}
