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

import static fr.portailfamille.persistence.schema.Tables.AUTHORISED_CONTACT;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Mon dossier» as the guide shows it: under each child its health sheet, authorised persons and consents, each with
 * its «MODIFIER»; an authorised person corrected in place; the dossier's forms saying «enregistré» once.
 */
class DossierChildBlocksWebTest {

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

    static long child(String firstNames) {
        return portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq(firstNames)).fetchOne(CHILD.ID);
    }

    static long household(String name) {
        return portal.db().dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.NAME.eq(name)).fetchOne(HOUSEHOLD.ID);
    }

    static WebClient dupont() {
        return portal.signedIn(DUPONT, DUPONT_PASSWORD);
    }

    @Test
    void the_dossier_shows_each_childs_sheet_persons_and_consents_with_their_modifier_and_staff_no_health_data() {
        long lea = child("Léa");
        var page = dupont().get("/dossier");
        assertEquals(200, page.status());
        for (String shown : new String[] {"Dr Claire Lefèvre", "01 64 00 55 66", "Porte des lunettes pendant les activités sportives", "Varicelle",
                "Josette Dupont", "Grand-mère", "06 11 22 33 44", "(droit à l'image)", "Consentements et droits d'accès",
                "href=\"/dossier/enfants/" + lea + "/fiche-sanitaire\"", "href=\"/dossier/enfants/" + lea + "/autorisations\"",
                "href=\"/dossier/enfants/" + lea + "/consentements\"", "Modifier<span class=\"visually-hidden\"> la fiche sanitaire de Léa"}) {
            assertTrue(page.contains(shown), shown + " in " + page.body());
        }

        var agent = portal.signedIn(AGENT, AGENT_PASSWORD);
        var staffPage = agent.get("/agent/foyers/" + household("Famille DUPONT"));
        assertEquals(200, staffPage.status());
        assertTrue(staffPage.contains("Josette Dupont") && staffPage.contains("(droit à l'image)"), staffPage.body());
        assertTrue(staffPage.contains("La fiche sanitaire s'ouvre sur sa propre page") && !staffPage.contains("Vaccinations (dernière injection)"),
                "an agent opens the sheet on its own page, where the read is recorded: " + staffPage.body());
    }

    @Test
    void an_authorised_person_is_corrected_in_place_and_a_refused_correction_changes_nothing() {
        var parent = dupont();
        long hugo = child("Hugo");
        var josette = portal.db().dsl().selectFrom(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.CHILD_ID.eq(hugo)).fetchOne();
        String contacts = "/dossier/enfants/" + hugo + "/autorisations";
        String edit = contacts + "/" + josette.getId();
        assertTrue(parent.get(contacts).contains("href=\"" + edit + "\""), "each person has its «Modifier»");
        var form = parent.get(edit);
        assertEquals(200, form.status());
        assertTrue(form.contains("value=\"Josette Dupont\"") && form.contains("value=\"06 11 22 33 44\""), form.body());

        var refused = parent.post(edit, Map.of("name", "Josette Martin", "relationship", "Grand-mère", "phone", "123"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("value=\"Josette Martin\"") && refused.contains("Cochez au moins un rôle"), refused.body());
        assertEquals(josette, portal.db().dsl().selectFrom(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.ID.eq(josette.getId())).fetchOne(),
                "nothing changed on refusal");

        var saved = parent.post(edit, Map.of("name", "Josette Martin", "relationship", "Grand-mère", "phone", "07 11 22 33 44", "mayCollect", "oui"));
        ParentFormsRedirectWebTest.saidOnce(parent, saved, contacts, "La personne a été modifiée.");
        var after = portal.db().dsl().selectFrom(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.ID.eq(josette.getId())).fetchOne();
        assertEquals("Josette Martin", after.getName());
        assertEquals("07 11 22 33 44", after.getPhone());
        assertFalse(after.getEmergency());
        assertTrue(after.getMayCollect());
        assertEquals(josette.getRank(), after.getRank(), "keeps its number");

        var agent = portal.signedIn(AGENT, AGENT_PASSWORD);
        var dossier = agent.get("/agent/foyers/" + household("Famille DUPONT"));
        assertTrue(dossier.contains("Personne autorisée n° " + josette.getRank()) && dossier.contains("Josette Martin (Grand-mère), 07 11 22 33 44"),
                "the change is in the dossier's history: " + dossier.body());
    }

    @Test
    void the_dossier_forms_say_saved_once_and_leave_no_notice_in_the_address() {
        var parent = dupont();
        long lea = child("Léa");
        parent.get("/dossier/enfants/" + lea);
        assertSavedOnce(parent, parent.post("/dossier/enfants/" + lea, Map.of("lastName", "Dupont", "firstNames", "Léa", "birthDate", "2018-03-14",
                "school", "Élémentaire Jules Ferry", "level", "CE1")), "Les informations de l'enfant ont été enregistrées.");
        parent.get("/dossier/enfants/" + lea + "/consentements");
        assertSavedOnce(parent, parent.post("/dossier/enfants/" + lea + "/consentements", Map.of("question-droit-image", "non")),
                "Les réponses aux consentements ont été enregistrées.");
        parent.get("/dossier/coordonnees");
        assertSavedOnce(parent, parent.post("/dossier/coordonnees", Map.of("guardian1_lastName", "Dupont", "guardian1_firstNames", "Marie",
                "guardian1_relationship", "Mère", "guardian1_email", DUPONT, "guardian1_mobilePhone", "06 12 34 56 78",
                "postalAddress", "3 rue des Lilas, 91999 Beaulieu-sur-Orge", "paperlessInvoices", "oui")), "Les coordonnées ont été enregistrées.");
    }

    @Test
    void a_childs_own_email_and_mobile_are_checked_stored_and_shown_under_coordonnees() {
        var parent = dupont();
        long lea = child("Léa");
        String page = "/dossier/enfants/" + lea;
        assertTrue(parent.get(page).contains("name=\"mobilePhone\""));
        var refused = parent.post(page, Map.of("lastName", "Dupont", "firstNames", "Léa", "birthDate", "2018-03-14", "school", "Élémentaire Jules Ferry",
                "level", "CE1", "email", "lea-at-exemple", "mobilePhone", "06 12"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Saisissez une adresse e-mail valide") && refused.contains("Portable : Saisissez un numéro de téléphone à 10 chiffres")
                && refused.contains("value=\"lea-at-exemple\""), refused.body());
        assertEquals("", portal.db().dsl().select(CHILD.EMAIL).from(CHILD).where(CHILD.ID.eq(lea)).fetchOne(CHILD.EMAIL), "nothing changed on refusal");

        var saved = parent.post(page, Map.of("lastName", "Dupont", "firstNames", "Léa", "birthDate", "2018-03-14", "school", "Élémentaire Jules Ferry",
                "level", "CE1", "email", "lea.dupont@exemple.fr", "mobilePhone", "06 55 44 33 22"));
        assertSavedOnce(parent, saved, "Les informations de l'enfant ont été enregistrées.");
        assertTrue(saved.contains("<h4 id=\"coordonnees-" + lea + "\">Coordonnées</h4>") && saved.contains("lea.dupont@exemple.fr")
                && saved.contains("06 55 44 33 22"), saved.body());
        assertTrue(parent.get(page).contains("value=\"lea.dupont@exemple.fr\""), "the form shows what is stored");
    }

    @Test
    void the_home_leads_to_the_dossier_in_the_guides_groups_and_to_nous_contacter() {
        var home = dupont().get("/");
        String body = home.body();
        int dossier = body.indexOf("<h3>Mon dossier</h3>"), contact = body.indexOf("<h3>Messagerie / Nous contacter</h3>");
        assertTrue(dossier > 0 && body.indexOf("<h3>Planning</h3>") > dossier && body.indexOf("<h3>Facturation</h3>") > dossier && contact > dossier, body);
        assertTrue(home.contains("<a href=\"/dossier/coordonnees\">Modifier mes coordonnées</a>")
                && home.contains("Ajouter les informations sanitaires de(s) enfant(s)") && home.contains("Gérer mes autorisations parentales"), body);
        assertTrue(body.indexOf("href=\"/nous-contacter\"", contact) > contact, "«Nous contacter» where the guide puts it: " + body);
    }

    /** Reloading the very address the browser landed on (query included) must not say it again. */
    static void assertSavedOnce(WebClient client, WebClient.Page answer, String notice) {
        assertEquals(200, answer.status(), answer.body());
        assertEquals("/dossier", answer.uri().getPath());
        assertNull(answer.uri().getQuery(), "the notice is not in the address");
        assertTrue(answer.contains(notice), answer.body());
        assertFalse(client.get(answer.uri().getPath()).contains(notice), "said once");
    }
}
