package fr.portailfamille.bootstrap.web;

import static fr.portailfamille.bootstrap.TestPortal.AGENT;
import static fr.portailfamille.bootstrap.TestPortal.AGENT_PASSWORD;
import static fr.portailfamille.bootstrap.TestPortal.DUPONT;
import static fr.portailfamille.bootstrap.TestPortal.DUPONT_PASSWORD;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.INVOICING_RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An agent always knows which family they deal with: démarches, invoicing runs and invoices name it. */
class AgentsSeeTheFamilyWebTest {

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

    @BeforeEach
    void forgetFailedSignIns() {
        portal.forgetFailedSignIns();
    }

    static WebClient signedIn(String identifier, String password) {
        return portal.signedIn(identifier, password);
    }

    @Test
    void the_demarches_waiting_and_a_demarche_name_the_family() {
        var parent = signedIn(DUPONT, DUPONT_PASSWORD);
        String path = parent.startDemarche("Changement de situation");
        parent.postFile(path, Map.of("champ1", "Déménagement", "champ2", "2026-11-20", "champ3", "Rue des Lilas", "action", "envoyer"), "aucun", "", new byte[0]);

        var agent = signedIn(AGENT, AGENT_PASSWORD);
        var queue = agent.get("/agent/demarches");
        assertTrue(queue.contains("Changement de situation – Famille DUPONT</a>"), queue.body());
        var demarche = agent.get("/agent" + path);
        assertTrue(demarche.body().matches("(?s).*Foyer : <a href=\"/agent/foyers/\\d+\">Famille DUPONT</a>.*"), demarche.body());
    }

    @Test
    void a_finalised_run_lists_each_invoices_family_and_the_invoice_page_names_it() {
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        long run = portal.db().dsl().select(INVOICING_RUN.ID).from(INVOICING_RUN).where(INVOICING_RUN.STATUS.eq("FINALISED"))
                .orderBy(INVOICING_RUN.ID).limit(1).fetchOne(INVOICING_RUN.ID);
        var page = agent.get("/agent/facturations/" + run);
        assertEquals(200, page.status());
        assertTrue(page.contains(portal.demoInvoice(1) + "</a></td><td>Famille DUPONT</td>"), "the «Foyer» column is filled: " + page.body());

        var invoice = agent.get("/agent/factures/" + portal.demoInvoice(1));
        assertTrue(invoice.contains("<h1>Facture " + portal.demoInvoice(1) + " – Famille DUPONT</h1>"), invoice.body());
        assertTrue(invoice.body().matches("(?s).*<dt>Foyer</dt><dd><a href=\"/agent/foyers/\\d+\">Famille DUPONT</a></dd>.*"), invoice.body());
    }
}
