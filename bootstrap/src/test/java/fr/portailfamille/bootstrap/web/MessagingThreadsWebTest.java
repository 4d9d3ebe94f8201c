package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Messagerie» over HTTP on the real database: attachments, replies, notification, isolation between families. */
class MessagingThreadsWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static final byte[] PDF = "%PDF-1.4\n% certificat\n".getBytes();

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
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    WebClient signedIn(String identifier, String password) {
        return WebClient.signedIn(portal.portal().port(), identifier, password);
    }

    @Test
    void a_parent_writes_with_an_attachment_an_agent_replies_and_the_family_is_told() {
        var parent = signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        parent.get("/messagerie/nouveau");
        var sent = parent.postFile("/messagerie/nouveau", Map.of("service", "ESPACE_SERVICES", "subject", "Certificat <médical>",
                "text", "Bonjour,\nvoici le certificat de Léa."), "file", "certificat.pdf", PDF);
        assertEquals(200, sent.status(), sent.body());
        assertTrue(sent.contains("Votre message est envoyé.") && sent.contains("Certificat &lt;médical&gt;"));
        var thread = Pattern.compile("/messagerie/(\\d+)").matcher(sent.uri().getPath());
        assertTrue(thread.find());
        var piece = Pattern.compile("href=\"/messagerie/pieces/(\\d+)\"").matcher(sent.body());
        assertTrue(piece.find(), sent.body());
        var download = parent.download("/messagerie/pieces/" + piece.group(1));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertTrue(download.headers().firstValue("content-disposition").orElse("").startsWith("attachment"));

        var agent = signedIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var inbox = agent.get("/agent/messagerie?service=ESPACE_SERVICES");
        assertTrue(inbox.contains("Certificat &lt;médical&gt;") && inbox.contains("non lu"), inbox.body());
        assertTrue(inbox.contains("<td>Famille DUPONT</td>"), "the agent sees which family wrote: " + inbox.body());
        var opened = agent.get("/agent/messagerie/" + thread.group(1));
        assertTrue(opened.contains("<strong>Famille DUPONT</strong> · "), "the family's messages say whose they are: " + opened.body());
        // the agent's reply may carry a file, checked as the families' ones: a false PDF is refused in French, nothing sent
        long messages = portal.db().dsl().fetchCount(MESSAGE);
        var refused = agent.postFile("/agent/messagerie/" + thread.group(1), Map.of("text", "Voici le formulaire."), "file", "formulaire.pdf",
                "<html>pas un PDF</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contains("Voici le formulaire.") && refused.contains("class=\"field-error\" id=\"file-error\""), refused.body());
        assertEquals(messages, portal.db().dsl().fetchCount(MESSAGE));
        var replied = agent.postFile("/agent/messagerie/" + thread.group(1), Map.of("text", "Bien reçu : l'absence de Léa est justifiée."),
                "file", "formulaire.pdf", PDF);
        assertEquals(200, replied.status());
        var fromTown = Pattern.compile("href=\"/agent/messagerie/pieces/(\\d+)\">formulaire.pdf").matcher(replied.body());
        assertTrue(fromTown.find(), replied.body());
        var parentsCopy = parent.download("/messagerie/pieces/" + fromTown.group(1));
        assertEquals(200, parentsCopy.statusCode());
        assertArrayEquals(PDF, parentsCopy.body());

        var mail = new JooqMailOutbox(portal.db(), portal.clock()).latest(1).getFirst().mail();
        assertEquals("marie.dupont@exemple.fr", mail.to());
        assertTrue(mail.textBody().contains("/messagerie/" + thread.group(1)));
        assertFalse(mail.textBody().contains("absence de Léa"), "the mail never carries the text");
        var list = parent.get("/messagerie");
        assertTrue(list.contains("nouveau message"), list.body());
        assertTrue(parent.get("/messagerie/" + thread.group(1)).contains("Bien reçu : l'absence de Léa est justifiée."));
    }

    @Test
    void another_family_gets_404_on_the_thread_its_attachment_and_its_reply_form() {
        var dupont = signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        dupont.get("/messagerie/nouveau");
        var sent = dupont.postFile("/messagerie/nouveau", Map.of("service", "REGIE", "subject", "Facture", "text", "Question"), "file", "f.pdf", PDF);
        String threadId = sent.uri().getPath().replaceAll("\\D", "");
        var piece = Pattern.compile("href=\"/messagerie/pieces/(\\d+)\"").matcher(sent.body());
        assertTrue(piece.find());
        long messages = portal.db().dsl().fetchCount(MESSAGE);

        var nguyen = signedIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        assertEquals(404, nguyen.get("/messagerie/" + threadId).status());
        assertEquals(404, nguyen.download("/messagerie/pieces/" + piece.group(1)).statusCode());
        nguyen.get("/messagerie");
        assertEquals(404, nguyen.postFile("/messagerie/" + threadId, Map.of("text", "Intrusion"), "file", "x.pdf", PDF).status());
        assertEquals(messages, portal.db().dsl().fetchCount(MESSAGE), "nothing written");
        assertFalse(nguyen.get("/messagerie").contains("Facture"));
    }

    @Test
    void an_agent_writes_to_every_household_enrolled_in_an_activity_each_in_its_own_thread() {
        long morning = portal.activity("Accueil du matin");
        var agent = signedIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var form = agent.get("/agent/messagerie/groupe");
        // the choices come from the town's schools and this school year's activities
        assertTrue(form.contains("<option value=\"Élémentaire Jules Ferry\""), form.body());
        assertTrue(form.contains("Accueil du matin"), form.body());
        var invalid = agent.postFile("/agent/messagerie/groupe", Map.of("cible", "activite", "activite", "", "service", "SCOLAIRE", "subject", "", "text", ""),
                "aucun", "", new byte[0]);
        assertEquals(422, invalid.status());
        assertTrue(invalid.contains("Choisissez à qui écrire"));
        var sent = agent.postFile("/agent/messagerie/groupe", Map.of("cible", "activite", "activite", Long.toString(morning), "service", "SCOLAIRE",
                "subject", "Accueil du matin : grève du 4 décembre", "text", "L'accueil du matin ouvrira à 8 h."), "aucun", "", new byte[0]);
        assertTrue(sent.contains("Message envoyé à 1 foyer :"), sent.body());
        assertTrue(signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026").get("/messagerie").contains("grève du 4 décembre"));
        assertFalse(signedIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026").get("/messagerie").contains("grève du 4 décembre"));
    }

    @Test
    void an_agent_attaches_a_file_to_a_message_to_one_family_and_to_a_group_checked_as_the_families_ones() {
        var agent = signedIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        long dupont = portal.db().dsl().select(fr.portailfamille.persistence.schema.Tables.HOUSEHOLD.ID).from(fr.portailfamille.persistence.schema.Tables.HOUSEHOLD)
                .where(fr.portailfamille.persistence.schema.Tables.HOUSEHOLD.NAME.eq("Famille DUPONT")).fetchOne(0, Long.class);
        String write = "/agent/foyers/" + dupont + "/message";
        assertTrue(agent.get(write).contains("enctype=\"multipart/form-data\"") , "the form can carry a file");
        long messages = portal.db().dsl().fetchCount(MESSAGE);
        var refused = agent.postFile(write, Map.of("service", "REGIE", "subject", "Échéancier", "text", "Voici l'échéancier."), "file", "echeancier.pdf",
                "MZ\u0090 not a pdf".getBytes());
        assertEquals(422, refused.status());
        assertTrue(refused.contains("ni un PDF") && refused.contains("Voici l'échéancier."), refused.body());
        assertEquals(messages, portal.db().dsl().fetchCount(MESSAGE), "nothing sent on refusal");
        var sent = agent.postFile(write, Map.of("service", "REGIE", "subject", "Échéancier", "text", "Voici l'échéancier."), "file", "echeancier.pdf", PDF);
        var piece = Pattern.compile("href=\"/agent/messagerie/pieces/(\\d+)\">echeancier.pdf").matcher(sent.body());
        assertTrue(piece.find(), sent.body());
        var parent = signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        assertArrayEquals(PDF, parent.download("/messagerie/pieces/" + piece.group(1)).body());

        agent.get("/agent/messagerie/groupe");
        var toGroup = agent.postFile("/agent/messagerie/groupe", Map.of("cible", "activite", "activite", Long.toString(portal.activity("Accueil du matin")),
                "service", "SCOLAIRE", "subject", "Programme de décembre", "text", "Le programme est joint."), "file", "programme.pdf", PDF);
        assertTrue(toGroup.contains("Message envoyé à 1 foyer"), toGroup.body());
        var thread = Pattern.compile("href=\"/messagerie/(\\d+)\"[^>]*>Programme de décembre").matcher(parent.get("/messagerie").body());
        assertTrue(thread.find(), "the family has the group message");
        var inThread = Pattern.compile("href=\"/messagerie/pieces/(\\d+)\">programme.pdf").matcher(parent.get("/messagerie/" + thread.group(1)).body());
        assertTrue(inThread.find(), "with its file");
        assertArrayEquals(PDF, parent.download("/messagerie/pieces/" + inThread.group(1)).body());
    }

    @Test
    void a_spoofed_attachment_is_refused_in_french_and_nothing_is_stored() {
        var parent = signedIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        long messages = portal.db().dsl().fetchCount(MESSAGE);
        parent.get("/messagerie/nouveau");
        var refused = parent.postFile("/messagerie/nouveau", Map.of("service", "REGIE", "subject", "Objet", "text", "Texte"),
                "file", "facture.pdf", "MZ\u0090 not a pdf".getBytes());
        assertEquals(422, refused.status());
        assertTrue(refused.contains("ni un PDF"), refused.body());
        assertEquals(messages, portal.db().dsl().fetchCount(MESSAGE));
    }
}
