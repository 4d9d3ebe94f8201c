package fr.portailfamille.bootstrap;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HEALTH_RECORD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention on the demo town with a clock moved by hand: the Nguyens settle their invoice at the desk and leave, staff
 * see when they will be purged, admins print the register and set the durations, and a year later the daily job
 * anonymises the household on its date while its invoice stays.
 */
class RetentionWebTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-05T09:00:00Z"));

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static long nguyen;
    static long dupont;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, CLOCK);
        nguyen = householdOf("lan.nguyen@exemple.fr");
        dupont = householdOf("marie.dupont@exemple.fr");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static long householdOf(String email) {
        return portal.db().dsl().select(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID).from(HOUSEHOLD_ACCOUNT).join(ACCOUNT).on(ACCOUNT.ID.eq(HOUSEHOLD_ACCOUNT.ACCOUNT_ID))
                .where(ACCOUNT.EMAIL.eq(email)).fetchSingle().value1();
    }

    @Test
    void a_household_marked_as_gone_is_purged_on_its_date_and_its_invoices_remain() {
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var invoice = portal.db().dsl().selectFrom(INVOICE).where(INVOICE.HOUSEHOLD_ID.eq(nguyen)).fetchSingle();
        agent.get("/agent/factures/" + invoice.getNumber());
        var paid = agent.post("/agent/factures/" + invoice.getNumber() + "/paiement-guichet", Map.of("method", "CASH",
                "amount", Money.ofCents(invoice.getTotalCents()).format().replace(" €", "").replace("\u00a0€", "").replace("\u202f", ""), "reference", ""));
        assertEquals(200, paid.status(), paid.body());
        assertTrue(paid.uri().getQuery() != null && paid.uri().getQuery().contains("paye=1"), "paid at the desk: " + paid.uri());

        String journal = "/agent/foyers/" + nguyen + "/journal";
        var form = agent.get(journal);
        assertTrue(form.contains("Paiement au guichet") && form.contains("Marquer « a quitté la commune »"), form.body());
        var refused = agent.post("/agent/foyers/" + nguyen + "/depart", Map.of("leftOn", "un jour"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Saisissez la date de départ"));
        var marked = agent.post("/agent/foyers/" + nguyen + "/depart", Map.of("leftOn", "30/11/2026"));
        assertTrue(marked.contains("Ce foyer a quitté la commune le 30/11/2026") && marked.contains("Départ de la commune"), marked.body());

        var preview = agent.get("/agent/donnees-a-purger");
        assertEquals(200, preview.status());
        assertTrue(preview.contains("Foyers partis en attente") && preview.contains("anonymisé le 05/12/2027"), preview.body());

        CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2027-12-04T12:00:00Z")));
        assertTrue(portal.runRetentionJob().households().isEmpty(), "not the day before");
        CLOCK.advance(Duration.ofDays(1));
        // a year later: a new session
        var later = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var due = later.get("/agent/donnees-a-purger");
        assertTrue(due.contains("Foyers partis à anonymiser (1)") && due.contains("ses factures restent"), "shown before the job acts: " + due.body());
        var done = portal.runRetentionJob();
        assertEquals(1, done.households().size());

        var dsl = portal.db().dsl();
        assertTrue(dsl.select(HOUSEHOLD.NAME).from(HOUSEHOLD).where(HOUSEHOLD.ID.eq(nguyen)).fetchSingle().value1().startsWith("Foyer anonymisé"));
        assertEquals(1, dsl.fetchCount(INVOICE, INVOICE.HOUSEHOLD_ID.eq(nguyen)), "its invoice remains for the public accountant");
        assertEquals(0, dsl.fetchCount(HEALTH_RECORD, HEALTH_RECORD.CHILD_ID.in(dsl.select(CHILD.ID).from(CHILD).where(CHILD.HOUSEHOLD_ID.eq(nguyen)))));
        assertEquals(0, dsl.fetchCount(SUPPORTING_DOCUMENT, SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(nguyen)));
        assertEquals(0, dsl.fetchCount(CHILD, CHILD.HOUSEHOLD_ID.eq(nguyen).and(CHILD.FIRST_NAMES.eq("Minh"))));
        assertEquals(0, dsl.fetchCount(ACCOUNT, ACCOUNT.EMAIL.eq("lan.nguyen@exemple.fr")), "the account is closed and renamed");
        var signIn = new WebClient(portal.portal().port());
        signIn.get("/connexion");
        assertFalse(signIn.post("/connexion", Map.of("identifier", "lan.nguyen@exemple.fr", "password", "Demo-Famille-Nguyen-2026")).contains("Bonjour"));
        assertEquals("Famille DUPONT", dsl.select(HOUSEHOLD.NAME).from(HOUSEHOLD).where(HOUSEHOLD.ID.eq(dupont)).fetchSingle().value1(),
                "the family that stayed keeps its dossier");

        // ten years after its issue, the invoice paid at the desk goes too, shown first in «Données à purger»
        CLOCK.advance(Duration.between(CLOCK.instant(), invoice.getIssuedOn().plusYears(10).plusDays(1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC)));
        var decade = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var invoices = decade.get("/agent/donnees-a-purger");
        assertTrue(invoices.contains("Facture " + invoice.getNumber()), invoices.body());
        assertTrue(portal.runRetentionJob().invoices().stream().anyMatch(i -> i.label().equals(invoice.getNumber())));
        assertEquals(0, dsl.fetchCount(INVOICE, INVOICE.ID.eq(invoice.getId())), "gone with its desk payment");
        assertEquals(1, dsl.fetchCount(HOUSEHOLD, HOUSEHOLD.ID.eq(nguyen)), "the anonymised household stays, nameless");
    }

    @Test
    void an_admin_prints_the_register_with_the_durations_and_the_officer_from_the_settings() {
        var admin = WebClient.signedIn(portal.portal().port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        var register = admin.get("/admin/registre-des-traitements");
        assertEquals(200, register.status());
        for (String part : new String[] {"Dossier famille et fiche sanitaire", "Facturation et paiement en ligne", "Messagerie et démarches",
                "Base légale", "Catégories de personnes", "Destinataires", "Mesures de sécurité", "10 ans pour le comptable public"}) {
            assertTrue(register.contains(part), part);
        }
        var refused = admin.post("/admin/registre-des-traitements/durees", Map.of("householdYears", "1", "documentMonths", "3", "messageYears", "2",
                "auditYears", "3", "invoiceYears", "8"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Factures : au moins 10 ans (comptable public), au plus 30 ans."));
        var saved = admin.post("/admin/registre-des-traitements/durees", Map.of("householdYears", "1", "documentMonths", "3", "messageYears", "4",
                "auditYears", "3", "invoiceYears", "10"));
        assertTrue(saved.contains("4 an(s) après le dernier échange"), "the register reads the settings");
        admin.post("/admin/registre-des-traitements/dpo", Map.of("dpoContact", "Centre de gestion, dpo@cdg.example"));
        var after = admin.get("/admin/registre-des-traitements");
        assertTrue(after.contains("Centre de gestion, dpo@cdg.example") && after.contains("Durées de conservation"), "and keeps a trace: " + after.body());
        assertTrue(new WebClient(portal.portal().port()).get("/donnees-personnelles").contains("dpo@cdg.example"));
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertEquals(404, agent.get("/admin/registre-des-traitements").status());
        admin.post("/admin/registre-des-traitements/durees", Map.of("householdYears", "1", "documentMonths", "3", "messageYears", "2",
                "auditYears", "3", "invoiceYears", "10"));
    }
}
