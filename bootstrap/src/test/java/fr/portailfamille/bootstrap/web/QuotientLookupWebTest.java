package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.billing.LookUpQuotient;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static fr.portailfamille.persistence.schema.Tables.FAMILY_QUOTIENT;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quotient familial from API Particulier over real HTTP, with the demo's simulator: the family agrees and its
 * quotient arrives and prices the next invoice; not found, an error or a slow answer keep the manual path; an agent asks
 * for a family that agreed.
 */
class QuotientLookupWebTest {

    static final String PARENT = "marie.dupont@exemple.fr";
    static final String PASSWORD = "Demo-Famille-Dupont-2026";

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, TestPortal.runningClock(), PortalConfig.Settings.of(Map.of("API_PARTICULIER_TIMEOUT_SECONDS", "1")));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @AfterEach
    void simulatorBack() {
        portal.portal().apiParticulierSimulator().orElseThrow().down(false);
    }

    private static Map<String, String> allocataire(String birthName, boolean consent) {
        var form = new HashMap<>(Map.of("birthName", birthName, "firstNames", "Marie Anne", "sex", "F", "birthDate", "1988-03-14",
                "birthTownInsee", "91064"));
        if (consent) form.put("consent", "oui");
        return form;
    }

    /** The Nguyens: the Duponts' quotient is the first test's. */
    private long nguyenHousehold() {
        return portal.db().dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.NAME.containsIgnoreCase("Nguyen")).fetchSingle().value1();
    }

    private int quotients() {
        return portal.db().dsl().fetchCount(FAMILY_QUOTIENT);
    }

    @Test
    void the_family_agrees_its_quotient_arrives_and_the_next_invoice_uses_its_bracket() {
        var parent = WebClient.signedIn(portal.portal().port(), PARENT, PASSWORD);
        assertTrue(parent.get("/dossier").contains("Mon quotient familial (tarifs)"));
        var page = parent.get("/dossier/quotient");
        assertTrue(page.contains("850"), "the demo's quotient, entered by an agent");
        var refused = parent.post("/dossier/quotient", allocataire("Dupont", false));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Cochez la case d'accord"));

        var stored = parent.post("/dossier/quotient", allocataire("Dupont", true));
        assertEquals(200, stored.status(), stored.body());
        assertTrue(stored.contains("Votre quotient familial, 640\u00A0€ (Attestation CAF), est enregistré"), stored.body());
        var row = portal.db().dsl().selectFrom(FAMILY_QUOTIENT).where(FAMILY_QUOTIENT.EUROS.eq(640)).fetchSingle();
        YearMonth reference = YearMonth.from(portal.today()).minusMonths(1);
        assertEquals(reference.atDay(1), row.getValidFrom(), "the reference month the CAF computed it for");
        assertEquals(reference.plusMonths(12).atDay(1).minusDays(1), row.getValidTo());
        assertEquals("CAF", row.getSource());

        // the next run: the month of the demo's lunches; the Duponts' lunches at bracket T2 (QF 451-800: 2,60 €), no longer T3 (3,90 €)
        var db = portal.db();
        var month = portal.invoiceFirstLunchMonth();
        var prices = db.dsl().selectDistinct(INVOICE_LINE.UNIT_PRICE_CENTS).from(INVOICE_LINE).join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID))
                .where(INVOICE.HOUSEHOLD_ID.eq(row.getHouseholdId()), INVOICE_LINE.PRESTATION.startsWith("Restauration scolaire"),
                        INVOICE.MONTH.eq(month.atDay(1)))
                .fetchSet(INVOICE_LINE.UNIT_PRICE_CENTS);
        assertEquals(Set.of(260L), prices);
    }

    @Test
    void not_found_an_error_or_a_slow_answer_keep_the_manual_path_in_french() {
        var parent = WebClient.signedIn(portal.portal().port(), PARENT, PASSWORD);
        parent.get("/dossier/quotient");
        int before = quotients();
        var notFound = parent.post("/dossier/quotient", allocataire("Inconnu", true));
        assertEquals(200, notFound.status());
        assertTrue(notFound.contains(LookUpQuotient.NOT_FOUND), notFound.body());
        assertTrue(notFound.contains("value=\"Inconnu\""), "what the parent typed stays in the form");
        var error = parent.post("/dossier/quotient", allocataire("Erreur", true));
        assertEquals(503, error.status());
        assertTrue(error.contains(LookUpQuotient.FAILED));
        portal.portal().apiParticulierSimulator().orElseThrow().slowness(Duration.ofSeconds(3));
        assertEquals(503, parent.post("/dossier/quotient", allocataire("Lent", true)).status(), "the portal waits one second, as set");
        portal.portal().apiParticulierSimulator().orElseThrow().down(true);
        assertEquals(503, parent.post("/dossier/quotient", allocataire("Dupont", true)).status());
        assertEquals(before, quotients(), "nothing stored");
    }

    @Test
    void an_agent_asks_for_a_family_that_agreed() {
        long household = nguyenHousehold();
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertTrue(agent.get("/agent/foyers/" + household + "/quotient").contains("Demander le quotient à la CAF ou à la MSA"));
        agent.get("/agent/foyers/" + household + "/quotient/api-particulier");
        var asked = agent.post("/agent/foyers/" + household + "/quotient/api-particulier", allocataire("Martin", true));
        assertEquals(200, asked.status(), asked.body());
        assertTrue(asked.contains("Quotient familial reçu d'API Particulier : 1300\u00A0€ (Attestation MSA)."), asked.body());
        assertEquals(404, agent.post("/agent/foyers/999999/quotient/api-particulier", allocataire("Martin", true)).status());
    }
}
