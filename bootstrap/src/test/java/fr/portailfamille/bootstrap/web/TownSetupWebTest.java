package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.AUDIT_EVENT;
import static fr.portailfamille.persistence.schema.Tables.SERVICE_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static fr.portailfamille.persistence.schema.Tables.TOWN_DOCUMENT;
import static fr.portailfamille.persistence.schema.Tables.TOWN_DOCUMENT_CONTENT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the town sets up through the back-office and families then see: services on «Nous contacter», schools and their
 * levels, justificatifs asked for, documents in «Documents de la ville»; «État du portail» for admins.
 */
class TownSetupWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static WebClient admin;
    static final byte[] PDF = "%PDF-1.4\n% guide de la rentrée\n".getBytes(StandardCharsets.ISO_8859_1);

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        admin = WebClient.signedIn(portal.portal().port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static WebClient dupont() {
        return WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
    }

    @Test
    void a_service_the_admin_adds_is_on_the_contact_page_escaped_and_a_bad_one_changes_nothing() {
        admin.get("/admin/services");
        var saved = admin.post("/admin/services", Map.of("name", "Centre de loisirs <b>Les Castors</b>", "postalAddress", "12 chemin des Prés\n91999 Beaulieu",
                "phone", "01 64 00 00 42", "email", "castors@beaulieu-sur-orge.example", "openingHours", "Le mercredi, de 7 h 30 à 18 h 30"));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.contains("est enregistré"), saved.body());
        var contact = new WebClient(portal.portal().port()).get("/nous-contacter");
        assertTrue(contact.contains("Centre de loisirs &lt;b&gt;Les Castors&lt;/b&gt;"), contact.body());
        assertTrue(contact.contains("12 chemin des Prés<br>") && contact.contains("castors@beaulieu-sur-orge.example")
                && contact.contains("Le mercredi, de 7 h 30 à 18 h 30"), contact.body());

        int before = portal.db().dsl().fetchCount(SERVICE_OFFICE);
        admin.get("/admin/services");
        var refused = admin.post("/admin/services", Map.of("name", "Régie", "postalAddress", " ", "email", "pas-une-adresse"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Le champ « Adresse » est obligatoire.") && refused.contains("Saisissez une adresse e-mail valide"), refused.body());
        assertEquals(before, portal.db().dsl().fetchCount(SERVICE_OFFICE));

        long id = portal.db().dsl().select(SERVICE_OFFICE.ID).from(SERVICE_OFFICE).where(SERVICE_OFFICE.NAME.like("Centre de loisirs%")).fetchSingle().value1();
        assertEquals(200, admin.get("/admin/services/" + id).status());
        var changed = admin.post("/admin/services/" + id, Map.of("name", "Centre de loisirs", "postalAddress", "12 chemin des Prés"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(404, admin.get("/admin/services/999999").status());
        admin.get("/admin/services");
        assertEquals(200, admin.post("/admin/services/" + id + "/retirer", Map.of()).status());
        assertFalse(new WebClient(portal.portal().port()).get("/nous-contacter").contains("Centre de loisirs"));
        assertTrue(portal.db().dsl().fetchExists(AUDIT_EVENT, AUDIT_EVENT.DETAIL.eq("service retiré : Centre de loisirs")));
    }

    @Test
    void an_admin_adds_a_school_with_its_levels_then_renames_it_and_families_choose_it() {
        admin.get("/admin/ecoles");
        var saved = admin.postAll("/admin/ecoles", List.of(Map.entry("currentName", ""), Map.entry("name", "École Pasteur"),
                Map.entry("levels", "CP"), Map.entry("levels", "CE1"), Map.entry("levels", "inconnu")));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.contains("<td>École Pasteur</td><td>CP, CE1</td>"), saved.body());

        var edit = admin.get("/admin/ecoles?ecole=%C3%89cole%20Pasteur");
        assertTrue(edit.contains("Modifier l'école « École Pasteur »"), edit.body());
        var renamed = admin.postAll("/admin/ecoles", List.of(Map.entry("currentName", "École Pasteur"), Map.entry("name", "École élémentaire Pasteur"),
                Map.entry("levels", "CM1")));
        assertTrue(renamed.contains("<td>École élémentaire Pasteur</td><td>CM1</td>") && !renamed.contains("<td>École Pasteur</td>"), renamed.body());

        var taken = admin.postAll("/admin/ecoles", List.of(Map.entry("currentName", ""), Map.entry("name", "Maternelle Les Tilleuls")));
        assertEquals(422, taken.status());
        assertTrue(taken.contains("Une école porte déjà ce nom"), taken.body());

        var child = dupont().get("/dossier/enfants/" + firstChildOfDupont());
        assertTrue(child.contains("École élémentaire Pasteur"), "the family's school list");
    }

    private static long firstChildOfDupont() {
        return portal.db().dsl().fetchSingle("SELECT c.id FROM child c JOIN household_account ha ON ha.household_id = c.household_id "
                + "JOIN account a ON a.id = ha.account_id WHERE a.email = 'marie.dupont@exemple.fr' ORDER BY c.id LIMIT 1").get(0, Long.class);
    }

    @Test
    void a_justificatif_type_the_admin_adds_is_asked_of_families_and_is_missing_from_their_dossier_while_required() {
        admin.get("/admin/justificatifs");
        var saved = admin.post("/admin/justificatifs", Map.of("code", "", "label", "Attestation d'assurance scolaire", "required", "oui", "perChild", "oui"));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.contains("Attestation d&#39;assurance scolaire") || saved.contains("Attestation d'assurance scolaire"), saved.body());
        var family = dupont();
        var documents = family.get("/dossier/documents");
        assertTrue(documents.contains("<li>Attestation d&#39;assurance scolaire (un par enfant)</li>")
                || documents.contains("<li>Attestation d'assurance scolaire (un par enfant)</li>"), documents.body());
        assertTrue(family.get("/dossier").body().contains("assurance scolaire"), "pièces manquantes");

        admin.get("/admin/justificatifs");
        admin.post("/admin/justificatifs", Map.of("code", "attestation-d-assurance-scolaire", "label", "Attestation d'assurance scolaire"));
        assertFalse(family.get("/dossier").body().contains("assurance scolaire"), "optional: no longer missing");

        admin.get("/admin/justificatifs");
        var refused = admin.post("/admin/justificatifs", Map.of("code", "", "label", " "));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Le champ « Nom du justificatif » est obligatoire."), refused.body());
    }

    @Test
    void an_agent_publishes_a_pdf_to_every_family_and_to_one_and_each_family_downloads_only_its_own() {
        var agent = agent();
        int copiesBefore = portal.db().dsl().fetchCount(SUPPORTING_DOCUMENT);
        agent.get("/agent/documents-de-la-ville");
        var toAll = agent.postFile("/agent/documents-de-la-ville", Map.of("title", "Guide de la rentrée", "household", ""), "file", "guide.pdf", PDF);
        assertEquals(200, toAll.status(), toAll.body());
        assertTrue(toAll.contains("« Guide de la rentrée » est publié dans les « Documents de la ville » de toutes les familles"), toAll.body());

        long dupontHousehold = householdOf("marie.dupont@exemple.fr");
        agent.get("/agent/documents-de-la-ville");
        var toOne = agent.postFile("/agent/documents-de-la-ville", Map.of("title", "Attestation Dupont", "household", String.valueOf(dupontHousehold)),
                "file", "a.pdf", PDF);
        assertTrue(toOne.body().matches("(?s).*<strong>Attestation Dupont</strong> – pour : <span class=\"audience\">[^<]*DUPONT \\(n° " + dupontHousehold + "\\)</span>.*"), toOne.body());
        assertEquals(copiesBefore, portal.db().dsl().fetchCount(SUPPORTING_DOCUMENT), "no copy per household");
        assertEquals(1, portal.db().dsl().fetchCount(TOWN_DOCUMENT_CONTENT, TOWN_DOCUMENT_CONTENT.DOCUMENT_ID.eq(townDocument("Guide de la rentrée"))),
                "the guide's file is stored once");

        var dupont = dupont();
        var page = dupont.get("/dossier/documents");
        assertTrue(page.contains(">Guide de la rentrée</a>") && page.contains(">Attestation Dupont</a>"), page.body());
        long attestation = townDocument("Attestation Dupont");
        var download = dupont.download("/dossier/documents-de-la-ville/" + attestation);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());

        var nguyen = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        var theirs = nguyen.get("/dossier/documents");
        assertTrue(theirs.contains(">Guide de la rentrée</a>") && !theirs.contains("Attestation Dupont"), theirs.body());
        assertEquals(404, nguyen.download("/dossier/documents-de-la-ville/" + attestation).statusCode());
        assertEquals(200, nguyen.download("/dossier/documents-de-la-ville/" + townDocument("Guide de la rentrée")).statusCode());

        agent.get("/agent/documents-de-la-ville");
        int before = portal.db().dsl().fetchCount(TOWN_DOCUMENT);
        var notPdf = agent.postFile("/agent/documents-de-la-ville", Map.of("title", "Image", "household", ""), "file", "i.pdf",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        assertEquals(422, notPdf.status());
        assertTrue(notPdf.contains("doit être un fichier PDF"), notPdf.body());
        var badHousehold = agent.postFile("/agent/documents-de-la-ville", Map.of("title", "X", "household", "abc"), "file", "x.pdf", PDF);
        assertEquals(422, badHousehold.status());
        assertEquals(before, portal.db().dsl().fetchCount(TOWN_DOCUMENT));
    }

    @Test
    void a_household_created_after_a_publication_to_every_family_finds_it() {
        var agent = agent();
        agent.get("/agent/documents-de-la-ville");
        agent.postFile("/agent/documents-de-la-ville", Map.of("title", "Menus du trimestre", "household", ""), "file", "menus.pdf", PDF);
        long newcomer = new fr.portailfamille.persistence.households.JooqHouseholdRepository(portal.db())
                .add(fr.portailfamille.domain.households.Household.named("NOUVEAU")).id();
        var page = agent.get("/agent/foyers/" + newcomer + "/documents");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains(">Menus du trimestre</a>"), page.body());
        var download = agent.download("/agent/foyers/" + newcomer + "/documents-de-la-ville/" + townDocument("Menus du trimestre"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
    }

    @Test
    void an_agent_withdraws_a_document_after_confirming_and_families_no_longer_get_it() {
        var agent = agent();
        agent.get("/agent/documents-de-la-ville");
        agent.postFile("/agent/documents-de-la-ville", Map.of("title", "Fête de l'école", "household", ""), "file", "fete.pdf", PDF);
        long id = townDocument("Fête de l'école");
        assertEquals(200, dupont().download("/dossier/documents-de-la-ville/" + id).statusCode());

        var confirm = agent.get("/agent/documents-de-la-ville/" + id + "/retirer");
        assertEquals(200, confirm.status(), confirm.body());
        assertTrue(confirm.contains("Toutes les familles") && confirm.contains("Confirmer : retirer le document"), confirm.body());
        var family = dupont();
        family.get("/dossier/documents");
        assertEquals(404, family.post("/agent/documents-de-la-ville/" + id + "/retirer", Map.of()).status(), "staff only");

        var withdrawn = agent.post("/agent/documents-de-la-ville/" + id + "/retirer", Map.of());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertTrue(withdrawn.contains("est retiré : les familles ne le voient plus"), withdrawn.body());
        assertFalse(family.get("/dossier/documents").contains("Fête de l"), "gone from the list");
        assertEquals(404, family.download("/dossier/documents-de-la-ville/" + id).statusCode());
        assertEquals(0, portal.db().dsl().fetchCount(TOWN_DOCUMENT_CONTENT, TOWN_DOCUMENT_CONTENT.DOCUMENT_ID.eq(id)), "the file went too");
        assertEquals("« Fête de l'école » à toutes les familles", portal.db().dsl().select(AUDIT_EVENT.DETAIL).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TYPE.eq("TOWN_DOCUMENT_WITHDRAWN")).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle().value1());
        assertEquals(404, agent.post("/agent/documents-de-la-ville/" + id + "/retirer", Map.of()).status(), "withdrawn once");
        assertEquals(404, agent.get("/agent/documents-de-la-ville/abc/retirer").status());
    }

    static WebClient agent() {
        return WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
    }

    static long householdOf(String email) {
        return portal.db().dsl().fetchSingle("SELECT ha.household_id FROM household_account ha JOIN account a ON a.id = ha.account_id "
                + "WHERE a.email = ?", email).get(0, Long.class);
    }

    static long townDocument(String title) {
        return portal.db().dsl().select(TOWN_DOCUMENT.ID).from(TOWN_DOCUMENT).where(TOWN_DOCUMENT.TITLE.eq(title)).fetchSingle().value1();
    }

    @Test
    void the_admin_reads_the_portals_health_and_nobody_else_does() {
        var page = admin.get("/admin/etat-du-portail");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("<td>joignable</td>"), page.body());
        assertTrue(page.contains("Version du schéma</th><td>53</td>") || page.body().matches("(?s).*Version du schéma</th><td>\\d+</td>.*"), page.body());
        assertTrue(page.contains("Courriels en attente d'envoi") || page.contains("Courriels en attente d&#39;envoi"), page.body());
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertEquals(404, agent.get("/admin/etat-du-portail").status());
        assertEquals(404, dupont().get("/admin/etat-du-portail").status());
    }
}
