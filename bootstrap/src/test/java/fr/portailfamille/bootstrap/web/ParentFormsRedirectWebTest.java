package fr.portailfamille.bootstrap.web;

import static fr.portailfamille.bootstrap.TestPortal.DUPONT;
import static fr.portailfamille.bootstrap.TestPortal.DUPONT_PASSWORD;
import static fr.portailfamille.bootstrap.TestPortal.NGUYEN;
import static fr.portailfamille.bootstrap.TestPortal.NGUYEN_PASSWORD;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.AUTHORISED_CONTACT;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post/Redirect/Get on the parents' forms: after a change that worked the browser is on the page showing it (F5 sends
 * nothing again, the notice is said once); a refused form comes back with the French message and what was typed.
 */
class ParentFormsRedirectWebTest {

    static final byte[] PDF = "%PDF-1.7\nune page\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

    static WebClient dupont() {
        return portal.signedIn(DUPONT, DUPONT_PASSWORD);
    }

    /** The page after the redirect says the notice; reloading it says nothing more and changes nothing. */
    static void saidOnce(WebClient client, WebClient.Page answer, String path, String notice) {
        assertEquals(200, answer.status(), answer.body());
        assertEquals(path, answer.uri().getPath(), "redirected to the page that shows the result");
        assertTrue(answer.contains(notice), answer.body());
        var reloaded = client.get(answer.uri().getPath());
        assertEquals(200, reloaded.status());
        assertFalse(reloaded.contains(notice), "said once: " + reloaded.body());
    }

    @Test
    void a_demarche_sent_or_kept_as_a_draft_is_on_its_own_page_and_a_refused_one_keeps_the_answers() {
        var parent = dupont();
        String path = parent.startDemarche("Changement de situation");

        var refused = parent.postFile(path, Map.of("champ1", "", "champ2", "2026-11-20", "champ3", "Rue des Lilas", "action", "envoyer"),
                "aucun", "", new byte[0]);
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Rue des Lilas"), "what was typed stays: " + refused.body());

        var draft = parent.postFile(path, Map.of("champ1", "Déménagement", "champ2", "", "champ3", "", "action", "brouillon"), "aucun", "", new byte[0]);
        saidOnce(parent, draft, path, "Votre brouillon est enregistré.");
        var sent = parent.postFile(path, Map.of("champ1", "Déménagement", "champ2", "2026-11-20", "champ3", "Rue des Lilas", "action", "envoyer"),
                "aucun", "", new byte[0]);
        saidOnce(parent, sent, path, "Votre démarche est envoyée");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertEquals("SUBMITTED", portal.db().dsl().select(DEMARCHE.STATUS).from(DEMARCHE).where(DEMARCHE.ID.eq(id)).fetchOne(0, String.class));
    }

    @Test
    void an_authorised_person_added_or_removed_and_a_justificatif_sent_are_said_once() {
        var parent = dupont();
        long lea = portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchOne(CHILD.ID);
        String contacts = "/dossier/enfants/" + lea + "/autorisations";
        parent.get(contacts);
        var invalid = parent.post(contacts, Map.of("name", "Mamie Jeanne", "relationship", "Grand-mère", "phone", "pas un numéro", "mayCollect", "oui"));
        assertEquals(422, invalid.status());
        assertTrue(invalid.contains("Mamie Jeanne"), "what was typed stays");
        int before = portal.db().dsl().fetchCount(AUTHORISED_CONTACT);
        var added = parent.post(contacts, Map.of("name", "Mamie Jeanne", "relationship", "Grand-mère", "phone", "06 12 34 56 78", "mayCollect", "oui"));
        saidOnce(parent, added, contacts, "La personne a été ajoutée.");
        assertEquals(before + 1, portal.db().dsl().fetchCount(AUTHORISED_CONTACT), "added once, whatever the reloads");
        long contact = portal.db().dsl().select(AUTHORISED_CONTACT.ID).from(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.NAME.eq("Mamie Jeanne"))
                .fetchOne(AUTHORISED_CONTACT.ID);
        var removed = parent.post(contacts + "/" + contact + "/supprimer", Map.of());
        saidOnce(parent, removed, contacts, "La personne a été retirée.");

        parent.get("/dossier/documents");
        int documents = portal.db().dsl().fetchCount(SUPPORTING_DOCUMENT);
        var sent = parent.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file", "livret.pdf", PDF);
        saidOnce(parent, sent, "/dossier/documents", "a été transmis : il est en attente de validation");
        assertEquals(documents + 1, portal.db().dsl().fetchCount(SUPPORTING_DOCUMENT));
    }

    @Test
    void mon_compte_says_a_new_password_once_and_keeps_a_refused_address() {
        // not the Duponts: the other tests still sign in with their password
        var parent = portal.signedIn(NGUYEN, NGUYEN_PASSWORD);
        parent.get("/mon-compte");
        var refused = parent.post("/mon-compte/courriel", Map.of("email", "pas-une-adresse"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("value=\"pas-une-adresse\""), refused.body());
        var asked = parent.post("/mon-compte/courriel", Map.of("email", "marie.dupont.nouvelle@exemple.fr"));
        saidOnce(parent, asked, "/mon-compte", "Un lien de confirmation a été envoyé à la nouvelle adresse.");
        var changed = parent.post("/mon-compte/mot-de-passe", Map.of("current", NGUYEN_PASSWORD, "password", "Un-Nouveau-Mot-De-Passe-2026",
                "confirmation", "Un-Nouveau-Mot-De-Passe-2026"));
        saidOnce(parent, changed, "/mon-compte", "Votre mot de passe a été modifié.");
    }
}
