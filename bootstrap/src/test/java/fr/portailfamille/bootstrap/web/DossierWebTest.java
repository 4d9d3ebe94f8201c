package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.Portal;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.DOCUMENT_CONTENT;
import static fr.portailfamille.persistence.schema.Tables.HEALTH_RECORD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier over real HTTP on the real database, from the demo families: pages, 404 on others' URLs, uploads, downloads, review. */
class DossierWebTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = fr.portailfamille.bootstrap.TestPortal.runningClock();

    static final String DUPONT = "marie.dupont@exemple.fr";
    static final String DUPONT_PASSWORD = "Demo-Famille-Dupont-2026";
    static final String NGUYEN = "lan.nguyen@exemple.fr";
    static final String NGUYEN_PASSWORD = "Demo-Famille-Nguyen-2026";
    static final String AGENT = "paul.roussel@beaulieu-sur-orge.example";
    static final String AGENT_PASSWORD = "Demo-Agent-Beaulieu-2026";
    static final byte[] PDF = "%PDF-1.7\nune page\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dataDir;
    static Db db;
    static Portal portal;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        var config = new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true);
        DemoData.seedIfEmpty(db, config, CLOCK);
        portal = Portal.start(config, db, new DevelopmentMailbox(), 0, CLOCK);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @BeforeEach
    void forgetFailedSignIns() {
        db.dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    WebClient signedIn(String identifier, String password) {
        var client = new WebClient(portal.port());
        client.get("/connexion");
        var home = client.post("/connexion", Map.of("identifier", identifier, "password", password));
        assertTrue(home.contains("Bonjour"), home.body());
        return client;
    }

    static long childId(String firstNames) {
        return db.dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq(firstNames)).fetchOne(CHILD.ID);
    }

    static long householdId(String name) {
        return db.dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.NAME.eq(name)).fetchOne(HOUSEHOLD.ID);
    }

    static long documentOf(long household) {
        return db.dsl().select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(household))
                .orderBy(SUPPORTING_DOCUMENT.ID).limit(1).fetchOne(SUPPORTING_DOCUMENT.ID);
    }

    /** Documents known and contents stored. */
    static java.util.List<Integer> storedFiles() {
        return java.util.List.of(db.dsl().fetchCount(SUPPORTING_DOCUMENT), db.dsl().fetchCount(DOCUMENT_CONTENT));
    }

    @Test
    void the_complete_family_sees_both_children_bookable_the_incomplete_one_a_checklist_with_links() {
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD).get("/dossier");
        assertEquals(200, dupont.status());
        assertTrue(dupont.contains("Consulter mon dossier et mes démarches"), dupont.body());
        assertTrue(dupont.contains("Dossier complet : Léa peut être inscrit(e)") && dupont.contains("Dossier complet : Hugo peut être inscrit(e)"), dupont.body());
        assertTrue(dupont.contains("CE1 – Cours élémentaire 1re année"));
        assertFalse(dupont.contains("Historique des modifications"), "parents do not read the audit trail");
        var newChild = signedIn(DUPONT, DUPONT_PASSWORD).get("/dossier/enfants/nouveau");
        assertTrue(newChild.contains("Élémentaire Jules Ferry"), "the child's form offers the town's schools: " + newChild.body());

        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD).get("/dossier");
        long minh = childId("Minh");
        assertTrue(nguyen.contains("Avant toute réservation aux activités, complétez"), nguyen.body());
        assertTrue(nguyen.contains("href=\"/dossier/enfants/" + minh + "/autorisations\""));
        assertTrue(nguyen.contains("href=\"/dossier/documents?type=carnet-vaccination&amp;enfant=" + minh + "#envoyer\""));
        assertFalse(nguyen.contains("Informations médicales de la fiche sanitaire"), "medical information is complete for Minh");
    }

    @Test
    void a_parent_gets_404_on_every_url_of_another_household_and_changes_nothing() {
        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD);
        nguyen.get("/dossier");
        long lea = childId("Léa");
        long dupontHousehold = householdId("Famille DUPONT");
        long dupontDocument = documentOf(dupontHousehold);
        for (String path : new String[] {"/dossier/enfants/" + lea, "/dossier/enfants/" + lea + "/fiche-sanitaire", "/dossier/enfants/" + lea + "/autorisations",
                "/dossier/enfants/" + lea + "/consentements", "/dossier/documents/" + dupontDocument, "/agent/foyers/" + dupontHousehold,
                "/agent/foyers/" + dupontHousehold + "/documents/" + dupontDocument, "/agent/foyers/" + dupontHousehold + "/enfants/" + lea + "/fiche-sanitaire",
                "/dossier/enfants/abc", "/dossier/documents/-1"}) {
            var page = nguyen.get(path);
            assertEquals(404, page.status(), path);
            assertFalse(page.contains("Léa") || page.contains("Lefèvre"), path + " leaks: " + page.body());
        }
        var before = db.dsl().selectFrom(HEALTH_RECORD).where(HEALTH_RECORD.CHILD_ID.eq(lea)).fetchOne();
        var form = new HashMap<String, String>(Map.of("doctorName", "Dr Pirate", "doctorPhone", "0123456789", "drugAllergies", "non", "bloodGroup", "A_POS",
                "vaccine_DTP", "2019-01-01"));
        assertEquals(404, nguyen.post("/dossier/enfants/" + lea + "/fiche-sanitaire", form).status());
        assertEquals(404, nguyen.post("/dossier/enfants/" + lea + "/autorisations", Map.of("name", "Pirate", "relationship", "Aucun", "phone", "0612345678", "emergency", "oui")).status());
        assertEquals(before, db.dsl().selectFrom(HEALTH_RECORD).where(HEALTH_RECORD.CHILD_ID.eq(lea)).fetchOne());
        assertEquals(404, nguyen.download("/dossier/documents/" + dupontDocument).statusCode());
    }

    @Test
    void spoofed_and_oversized_uploads_are_refused_in_french_and_nothing_is_stored() {
        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD);
        nguyen.get("/dossier/documents");
        var before = storedFiles();
        var spoofed = nguyen.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file", "livret.pdf",
                "<script>alert('x')</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, spoofed.status());
        assertTrue(spoofed.contains(FileType.REFUSED), spoofed.body());
        byte[] big = Arrays.copyOf(PDF, SendSupportingDocument.MAX_BYTES + 1);
        var oversized = nguyen.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file", "livret.pdf", big);
        assertEquals(413, oversized.status());
        assertTrue(oversized.contains(SendSupportingDocument.TOO_LARGE), oversized.body());
        var noCsrf = new WebClient(portal.port());
        assertEquals(403, noCsrf.postFile("/dossier/documents", Map.of("type", "livret-famille"), "file", "livret.pdf", PDF).status());
        assertEquals(before, storedFiles());
    }

    @Test
    void a_parent_uploads_a_justificatif_downloads_it_safely_and_an_agent_validates_it() {
        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD);
        nguyen.get("/dossier/documents");
        long minh = childId("Minh");
        var sent = nguyen.postFile("/dossier/documents", Map.of("type", "carnet-vaccination", "child", Long.toString(minh), "validUntil", ""),
                "file", "Carnet de santé (Minh).pdf", PDF);
        assertEquals(200, sent.status(), sent.body());
        assertTrue(sent.contains("est en attente de validation"), sent.body());
        long document = db.dsl().select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.CHILD_ID.eq(minh))
                .fetchOne(SUPPORTING_DOCUMENT.ID);
        var download = nguyen.download("/dossier/documents/" + document);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"Carnet_de_sante__Minh_.pdf\""),
                download.headers().toString());

        var agent = signedIn(AGENT, AGENT_PASSWORD);
        var queue = agent.get("/agent/justificatifs");
        assertTrue(queue.contains("Famille NGUYEN") && queue.contains("Carnet de vaccination de Minh Nguyen"), queue.body());
        long household = householdId("Famille NGUYEN");
        assertArrayEquals(PDF, agent.download("/agent/foyers/" + household + "/documents/" + document).body());
        assertEquals(422, agent.post("/agent/justificatifs/" + document + "/refuser", Map.of("reason", "")).status());
        assertTrue(agent.post("/agent/justificatifs/" + document + "/valider", Map.of()).contains("Le justificatif a été validé."));
        assertFalse(nguyen.get("/dossier").contains("Justificatif validé : Carnet de vaccination"));
        assertEquals(404, agent.post("/agent/justificatifs/" + document + "/valider", Map.of()).status(), "reviewed once");
    }

    @Test
    void the_health_sheet_refuses_impossible_dates_in_french_and_escapes_what_was_typed() {
        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD);
        long minh = childId("Minh");
        assertTrue(nguyen.get("/dossier").contains("href=\"/dossier/enfants/" + minh + "/fiche-sanitaire#vaccinations\""));
        assertEquals(200, nguyen.get("/dossier/enfants/" + minh + "/fiche-sanitaire").status());
        var form = new HashMap<String, String>(Map.of("doctorName", "<b>Dr Who</b>", "doctorPhone", "01 64 00 77 88", "drugAllergies", "non",
                "bloodGroup", "UNKNOWN", "vaccine_DTP", "2019-01-01", "vaccine_BCG", "2099-01-01"));
        var refused = nguyen.post("/dossier/enfants/" + minh + "/fiche-sanitaire", form);
        assertEquals(422, refused.status());
        assertTrue(refused.contains("BCG : " + HealthRecord.IN_FUTURE), refused.body());
        assertTrue(refused.contains("Diphtérie, tétanos et poliomyélite (DTP) : " + HealthRecord.BEFORE_BIRTH), refused.body());
        assertTrue(refused.body().contains("&lt;b&gt;Dr Who&lt;/b&gt;") && !refused.body().contains("<b>Dr Who"));
        form.put("vaccine_DTP", "2020-02-01");
        form.put("vaccine_BCG", "");
        form.put("doctorName", "Dr Paul Martin");
        var saved = nguyen.post("/dossier/enfants/" + minh + "/fiche-sanitaire", form);
        assertTrue(saved.contains("La fiche sanitaire a été enregistrée."), saved.body());
        assertFalse(saved.contains("Vaccinations et injections (au moins le DTP)"));

        var agent = signedIn(AGENT, AGENT_PASSWORD);
        long household = householdId("Famille NGUYEN");
        var dossier = agent.get("/agent/foyers/" + household);
        assertTrue(dossier.contains("Historique des modifications") && dossier.contains("Fiche sanitaire – Vaccin Diphtérie, tétanos et poliomyélite (DTP)")
                && dossier.contains("2020-02-01"), dossier.body());
    }

    @Test
    void agents_find_households_by_name_child_and_login_id() {
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        int loginId = db.dsl().select(ACCOUNT.LOGIN_ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq(NGUYEN)).fetchOne(ACCOUNT.LOGIN_ID);
        for (String q : new String[] {"nguyen", "Minh", Integer.toString(loginId)}) {
            var page = agent.get("/agent/foyers?q=" + q);
            assertTrue(page.contains("Famille NGUYEN") && !page.contains("Famille DUPONT"), q + ": " + page.body());
        }
        assertTrue(agent.get("/agent/foyers?q=L%C3%A9a").contains("Famille DUPONT"));
        long nguyen = householdId("Famille NGUYEN");
        agent.get("/agent/foyers/" + nguyen + "/coordonnees");
        var saved = agent.post("/agent/foyers/" + nguyen + "/coordonnees", Map.of("guardian1_lastName", "Nguyen", "guardian1_firstNames", "Thi Lan",
                "guardian1_relationship", "Mère", "guardian1_email", "lan.nguyen@exemple.fr", "guardian1_mobilePhone", "07 12 34 56 78",
                "postalAddress", "14 allée des Peupliers, 91999 Beaulieu-sur-Orge"));
        assertEquals("/agent/foyers/" + nguyen, saved.uri().getPath());
        assertTrue(saved.contains("Les coordonnées ont été enregistrées.") && saved.contains("Paul ROUSSEL (agent)")
                && saved.contains("14 allée des Peupliers"), saved.body());
        var consents = agent.get("/agent/foyers/" + householdId("Famille DUPONT") + "/enfants/" + childId("Hugo") + "/consentements");
        assertEquals(200, consents.status());
        assertTrue(consents.contains("Réponse enregistrée le"));
    }

    @Test
    void an_admin_adds_a_consent_question_that_families_then_answer() {
        var admin = signedIn("claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        admin.get("/admin/consentements");
        assertEquals(422, admin.post("/admin/consentements", Map.of("code", "", "label", "")).status());
        var published = admin.post("/admin/consentements", Map.of("code", "", "label", "Sorties à pied autour de l'école"));
        assertTrue(published.contains("La question est publiée") && published.contains("Version 1 – réponse facultative"), published.body());
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        var page = dupont.get("/dossier/enfants/" + childId("Hugo") + "/consentements");
        assertTrue(page.contains("Sorties à pied autour de l'école") && page.contains("name=\"question-sorties-a-pied-autour-de-l-ecole\""), page.body());
        assertEquals(404, dupont.get("/admin/consentements").status());
    }

    @Test
    void an_agent_attaches_a_second_account_and_previews_an_image_in_a_sandbox() {
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        long dupont = householdId("Famille DUPONT");
        int bernard = db.dsl().select(ACCOUNT.LOGIN_ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq("sophie.bernard@exemple.fr")).fetchOne(ACCOUNT.LOGIN_ID);
        agent.get("/agent/foyers/" + dupont);
        assertEquals(422, agent.post("/agent/foyers/" + dupont + "/comptes", Map.of("loginId", "abc")).status());
        var attached = agent.post("/agent/foyers/" + dupont + "/comptes", Map.of("loginId", Integer.toString(bernard)));
        assertTrue(attached.contains("Le compte a été rattaché au foyer.") && attached.contains("Sophie BERNARD"), attached.body());

        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD);
        nguyen.get("/dossier/documents");
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
        nguyen.postFile("/dossier/documents", Map.of("type", "piece-identite", "child", "", "validUntil", "2030-12-31"), "file", "carte.png", png);
        long document = db.dsl().select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.FILE_NAME.eq("carte.png"))
                .fetchOne(SUPPORTING_DOCUMENT.ID);
        var queue = agent.get("/agent/justificatifs");
        String preview = "/agent/foyers/" + householdId("Famille NGUYEN") + "/documents/" + document + "/apercu";
        assertTrue(queue.contains(preview), queue.body());
        var shown = agent.download(preview);
        assertEquals("image/png", shown.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("inline", shown.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(shown.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("sandbox"));
        assertEquals(404, nguyen.download(preview).statusCode(), "previews are for staff");
    }
}
