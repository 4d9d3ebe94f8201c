package fr.portailfamille.bootstrap;

import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.messaging.NotificationKind;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notifications (header count, open, preferences, isolation) and «Actualités» over HTTP on the real database. */
class MessagingWebTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static fr.portailfamille.application.messaging.NotificationCenter center;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        center = Portal.notificationCenter(portal.db(), Portal.accountsPorts(portal.db(), portal.clock()));
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

    static int badge(String page) {
        var count = Pattern.compile("class=\"badge\">\\s*(\\d+)\\s*<").matcher(page);
        assertTrue(count.find(), "no unread count in the header");
        return Integer.parseInt(count.group(1));
    }

    long accountId(String email) {
        return Portal.accountsPorts(portal.db(), portal.clock()).accounts().findByEmail(EmailAddress.parse(email).orElseThrow()).orElseThrow().id();
    }

    @Test
    void a_notification_shows_in_the_header_opens_its_matter_and_stays_with_its_family() {
        long dupont = accountId("marie.dupont@exemple.fr");
        // the demo seed already told the family about its October invoice: start from nothing unread
        center.markAllRead(new fr.portailfamille.application.common.Actor(dupont, fr.portailfamille.domain.accounts.Role.PARENT));
        center.notify(dupont, NotificationKind.DOCUMENT_REJECTED, "Justificatif de domicile refusé", "/mon-compte");
        var mail = new JooqMailOutbox(portal.db(), portal.clock()).latest(1).getFirst().mail();
        assertEquals("marie.dupont@exemple.fr", mail.to());
        assertFalse(mail.textBody().contains("Justificatif de domicile refusé") && mail.textBody().contains("motif"), "no content beyond the title");

        var parent = signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        int unread = badge(parent.get("/").body());
        assertEquals(center.unreadCount(dupont), unread, "unread count in the header");
        assertTrue(unread >= 1);
        var list = parent.get("/notifications");
        assertTrue(list.contains("Justificatif de domicile refusé") && list.contains("non lue"));
        var id = Pattern.compile("action=\"/notifications/(\\d+)\"").matcher(list.body());
        assertTrue(id.find());

        var other = signedIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        other.get("/notifications");
        assertEquals(404, other.post("/notifications/" + id.group(1), Map.of()).status());

        var opened = parent.post("/notifications/" + id.group(1), Map.of());
        assertEquals("/mon-compte", opened.uri().getPath());
        assertEquals(unread - 1, badge(parent.get("/").body()));
    }

    @Test
    void mail_preferences_are_kept_per_account() {
        var parent = signedIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        parent.get("/notifications");
        var saved = parent.post("/notifications/preferences", Map.of("mail_NEW_MESSAGE", "oui"));
        assertTrue(saved.contains("Vos préférences sont enregistrées."));
        assertTrue(saved.body().contains("id=\"mail_NEW_MESSAGE\" name=\"mail_NEW_MESSAGE\" value=\"oui\" checked"), saved.body().substring(saved.body().indexOf("<fieldset")));
        assertFalse(saved.body().contains("id=\"mail_INVOICE_TO_PAY\" name=\"mail_INVOICE_TO_PAY\" value=\"oui\" checked"));
        int mails = new JooqMailOutbox(portal.db(), portal.clock()).latest(1000).size();
        center.notify(accountId("lan.nguyen@exemple.fr"), NotificationKind.INVOICE_TO_PAY, "Facture à payer", "/facturation");
        assertEquals(mails, new JooqMailOutbox(portal.db(), portal.clock()).latest(1000).size());
    }

    @Test
    void news_are_public_safely_formatted_and_drafts_stay_hidden() {
        var visitor = new WebClient(portal.portal().port());
        var list = visitor.get("/actualites");
        assertTrue(list.contains("Inscriptions aux accueils de loisirs des vacances"), list.body());

        var agent = signedIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        agent.get("/agent/actualites/nouvelle");
        assertEquals(422, agent.postFile("/agent/actualites", Map.of("title", "", "text", ""), "image", "", new byte[0]).status());
        agent.postFile("/agent/actualites", Map.of("title", "Fermeture <exceptionnelle>", "text", "La **mairie** ferme.\n\n<script>alert(1)</script>"),
                "image", "", new byte[0]);
        var desk = agent.get("/agent/actualites");
        var draft = Pattern.compile("href=\"/agent/actualites/(\\d+)\">Fermeture &lt;exceptionnelle&gt;").matcher(desk.body());
        assertTrue(draft.find(), desk.body());
        assertEquals(404, visitor.get("/actualites/" + draft.group(1)).status(), "a draft is not public");

        agent.get("/agent/actualites/" + draft.group(1));
        var pdfAsImage = agent.postFile("/agent/actualites/" + draft.group(1), Map.of("title", "Fermeture <exceptionnelle>",
                "text", "La **mairie** ferme.", "publish", "oui"), "image", "photo.png", "%PDF-1.4 pas une image".getBytes());
        assertEquals(422, pdfAsImage.status());
        assertTrue(pdfAsImage.contains("L'image doit être une photo JPEG ou PNG"));
        assertEquals(404, visitor.get("/actualites/" + draft.group(1)).status(), "a refused form changes nothing");
        agent.get("/agent/actualites/" + draft.group(1));
        agent.postFile("/agent/actualites/" + draft.group(1), Map.of("title", "Fermeture <exceptionnelle>",
                "text", "La **mairie** ferme.\n\n<script>alert(1)</script>", "publish", "oui"), "image", "mairie.png", PNG);
        var article = visitor.get("/actualites/" + draft.group(1));
        assertEquals(200, article.status());
        assertTrue(article.body().contains("La <strong>mairie</strong> ferme."));
        assertTrue(article.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(article.body().contains("<script>alert(1)"));
        assertTrue(article.body().contains("src=\"/actualites/" + draft.group(1) + "/image\""));
        var image = visitor.download("/actualites/" + draft.group(1) + "/image");
        assertEquals("image/png", image.headers().firstValue("content-type").orElse(""));
        org.junit.jupiter.api.Assertions.assertArrayEquals(PNG, image.body());
    }
}
