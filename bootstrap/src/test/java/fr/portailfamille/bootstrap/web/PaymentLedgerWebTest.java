package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.PAYMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Rapprochement des paiements en ligne» over HTTP with the PayFiP simulator: a payment made at PayFiP whose
 * settlement the portal lost is listed for staff, with the reference and what to do; nothing is listed once both
 * agree; parents never see the page.
 */
class PaymentLedgerWebTest {

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
    void a_payment_made_at_payfip_but_lost_by_the_portal_is_listed_for_staff() throws Exception {
        var dupont = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var simulatorPage = dupont.post("/facturation/regies/1/paiement", Map.of("facture", portal.demoInvoice(1)));
        String idOp = simulatorPage.uri().getQuery().replace("idop=", "");
        var choice = HttpClient.newHttpClient().send(HttpRequest.newBuilder(simulatorPage.uri().resolve("/tpa/paiementws.web"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8) + "&resultat=P")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, choice.statusCode());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"PAID".equals(state()) && System.nanoTime() < deadline) Thread.sleep(100);
        assertEquals("PAID", state(), "the simulator's notification settled it");

        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        String today = portal.today().toString();
        var agreed = agent.get("/agent/paiements/rapprochement");
        assertEquals(200, agreed.status());
        assertTrue(agreed.contains("1 paiement vérifié, 0 écart") && agreed.contains("Aucun écart"), agreed.body());

        // the portal loses the settlement (a crash, a restored backup): PayFiP still says paid
        portal.db().dsl().update(PAYMENT).set(PAYMENT.STATE, "PENDING").execute();
        var lost = agent.get("/agent/paiements/rapprochement?jour=" + today);
        assertTrue(lost.contains("1 paiement vérifié, 1 écart"), lost.body());
        assertTrue(lost.contains("Payé chez le prestataire mais pas dans le portail"), lost.body());
        assertTrue(lost.contains("PERIPAY") && lost.contains(portal.demoInvoice(1)) && lost.contains("En cours"), lost.body());

        assertTrue(agent.get("/agent/paiements/rapprochement?jour=" + portal.today().minusMonths(2)).contains("0 paiement vérifié"));
        var bad = agent.get("/agent/paiements/rapprochement?jour=hier");
        assertEquals(422, bad.status());
        assertTrue(bad.contains("Saisissez un jour valide"));
        assertEquals(404, dupont.get("/agent/paiements/rapprochement").status());
        assertFalse(dupont.get("/agent/paiements/rapprochement?jour=" + today).contains("PERIPAY"));
    }

    private static String state() {
        return portal.db().dsl().select(PAYMENT.STATE).from(PAYMENT).fetchSingle().value1();
    }
}
