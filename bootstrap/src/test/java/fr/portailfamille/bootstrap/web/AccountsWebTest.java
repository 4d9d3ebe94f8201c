package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.Portal;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts over real HTTP, on the real database: sign-in, CSRF, access rules, links, CGU versions, throttling. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsWebTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = fr.portailfamille.bootstrap.TestPortal.runningClock();

    static final String PARENT = "marie.dupont@exemple.fr";
    static final String PARENT_PASSWORD = "Demo-Famille-Dupont-2026";
    static final String AGENT = "paul.roussel@beaulieu-sur-orge.example";
    static final String AGENT_PASSWORD = "Demo-Agent-Beaulieu-2026";
    static final String ADMIN = "claire.martin@beaulieu-sur-orge.example";
    static final String ADMIN_PASSWORD = "Demo-Admin-Beaulieu-2026";

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

    /** Every test comes from 127.0.0.1: the per-address throttle of one test must not slow the next. */
    @BeforeEach
    void forgetFailedSignIns() {
        db.dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    WebClient signedIn(String identifier, String password) {
        return WebClient.signedIn(portal.port(), identifier, password);
    }

    static String lastLink(String path) {
        var text = new JooqMailOutbox(db, CLOCK).latest(1).getFirst().mail().textBody();
        var matcher = Pattern.compile("http://localhost(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    @Test
    void a_parent_signs_in_sees_mon_compte_and_signs_out() {
        var client = signedIn(PARENT, PARENT_PASSWORD);
        var account = client.get("/mon-compte");
        assertTrue(account.contains("Identifiant de connexion") && account.contains("DUPONT"), account.body());
        assertTrue(account.contains("10 caractères au minimum"));
        assertTrue(account.contains("Confirmation du mot de passe"));
        client.post("/deconnexion", Map.of());
        var after = client.get("/mon-compte");
        assertTrue(after.uri().getPath().startsWith("/connexion"), after.uri().toString());
    }

    @Test
    void a_wrong_password_and_an_unknown_identifier_look_the_same() {
        var client = new WebClient(portal.port());
        client.get("/connexion");
        var wrong = client.post("/connexion", Map.of("identifier", PARENT, "password", "pas-le-bon-mot-de-passe"));
        client.get("/connexion");
        var unknown = client.post("/connexion", Map.of("identifier", "personne@exemple.fr", "password", "pas-le-bon-mot-de-passe"));
        assertEquals(401, wrong.status());
        assertEquals(wrong.status(), unknown.status());
        assertTrue(wrong.contains("Identifiant ou mot de passe incorrect."));
        assertTrue(unknown.contains("Identifiant ou mot de passe incorrect."));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_changes_nothing() {
        var client = new WebClient(portal.port());
        client.get("/connexion");
        var refused = client.postRaw("/connexion", Map.of("identifier", PARENT, "password", PARENT_PASSWORD));
        assertEquals(403, refused.status());
        assertTrue(refused.contains("Formulaire expiré"));
        assertNull(client.cookie("pf_session"));
        var forged = client.postRaw("/connexion", Map.of("identifier", PARENT, "password", PARENT_PASSWORD, "_csrf", "forged-token-forged-token-forged-token"));
        assertEquals(403, forged.status());
    }

    @Test
    void a_parent_cannot_reach_staff_pages_and_a_visitor_is_sent_to_sign_in() {
        var parent = signedIn(PARENT, PARENT_PASSWORD);
        for (String path : new String[]{"/agent/comptes", "/agent/comptes/1", "/agent/journal", "/admin/cgu", "/admin/agents"}) {
            assertEquals(404, parent.get(path).status(), path);
        }
        assertEquals(404, parent.post("/agent/comptes", Map.of("lastName", "X", "firstNames", "Y", "email", "x@exemple.fr")).status());
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        assertEquals(404, agent.get("/admin/cgu").status(), "an agent is not an admin");
        var anonymous = new WebClient(portal.port());
        assertTrue(anonymous.get("/agent/comptes").uri().getPath().equals("/connexion"));
    }

    @Test
    void session_and_csrf_cookies_are_http_only_and_same_site() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + "/connexion")).build(),
                HttpResponse.BodyHandlers.ofString());
        var setCookie = String.join("\n", response.headers().allValues("set-cookie"));
        assertTrue(setCookie.contains("pf_csrf=") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void an_agent_creates_an_account_and_the_parent_activates_it_once() {
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        agent.get("/agent/comptes/nouveau");
        var invalid = agent.post("/agent/comptes", Map.of("lastName", "", "firstNames", "Léa", "email", "pas-une-adresse"));
        assertEquals(422, invalid.status());
        assertTrue(invalid.contains("Le champ « Nom » est obligatoire.") && invalid.contains("Saisissez une adresse e-mail valide"), invalid.body());
        var created = agent.post("/agent/comptes", Map.of("lastName", "Lefèvre", "firstNames", "Léa <b>", "email", "lea.lefevre@exemple.fr"));
        assertEquals(200, created.status(), created.body());
        assertTrue(created.contains("Compte créé : identifiant de connexion") && created.contains("courriers indésirables"));
        assertTrue(created.contains("Léa &lt;b&gt;"), "escaped");
        // Post/Redirect/Get: the address is the account's page; reloading it shows the account, creates nothing, says nothing again
        assertTrue(created.uri().getPath().matches("/agent/comptes/\\d+"), created.uri().toString());
        int accounts = db.dsl().fetchCount(fr.portailfamille.persistence.schema.Tables.ACCOUNT);
        var reloaded = agent.get(created.uri().getPath());
        assertEquals(200, reloaded.status());
        assertTrue(reloaded.contains("lea.lefevre@exemple.fr") && !reloaded.contains("Compte créé : identifiant"), reloaded.body());
        assertTrue(reloaded.contains("le lien d'activation fonctionne jusqu'au "), "the agent can tell the family until when: " + reloaded.body());
        assertEquals(accounts, db.dsl().fetchCount(fr.portailfamille.persistence.schema.Tables.ACCOUNT));

        String link = lastLink("/activation/");
        var parent = new WebClient(portal.port());
        var cgu = parent.get(link);
        assertEquals(200, cgu.status());
        assertTrue(cgu.contains("PRÉAMBULE") && cgu.contains("Activer mon compte"));
        var notAccepted = parent.post(link, Map.of("password", "Une-Phrase-De-Passe-2026", "confirmation", "Une-Phrase-De-Passe-2026"));
        assertEquals(422, notAccepted.status());
        assertTrue(notAccepted.contains("Vous devez accepter les conditions générales d'utilisation"));
        var tooShort = parent.post(link, Map.of("acceptTerms", "oui", "password", "court", "confirmation", "court"));
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.body().matches("(?s).*id=\"acceptTerms\"[^>]* checked.*"), "the ticked CGU box stays ticked: " + tooShort.body());
        var home = parent.post(link, Map.of("acceptTerms", "oui", "password", "Une-Phrase-De-Passe-2026", "confirmation", "Une-Phrase-De-Passe-2026"));
        assertEquals(200, home.status());
        assertTrue(home.contains("Bonjour Léa &lt;b&gt; LEFÈVRE") || home.contains("Bonjour"), home.body());
        assertTrue(parent.get("/mon-compte").contains("lea.lefevre@exemple.fr"));

        var reused = new WebClient(portal.port()).get(link);
        assertEquals(410, reused.status());
        assertTrue(reused.contains("Ce lien a déjà été utilisé."));
        var forged = new WebClient(portal.port()).get("/activation/abcdefabcdefabcdef");
        assertEquals(410, forged.status());
        assertTrue(forged.contains("Ce lien n&#39;est pas valide") || forged.contains("Ce lien n'est pas valide"), forged.body());
    }

    @Test
    void the_forgotten_password_page_gives_the_same_answer_for_everyone() {
        var client = new WebClient(portal.port());
        client.get("/mot-de-passe-oublie");
        var unknown = client.post("/mot-de-passe-oublie", Map.of("identifier", "personne@exemple.fr"));
        client.get("/mot-de-passe-oublie");
        var known = client.post("/mot-de-passe-oublie", Map.of("identifier", "lan.nguyen@exemple.fr"));
        assertEquals(unknown.status(), known.status());
        assertEquals(unknown.body().replaceAll("value=\"[^\"]+\"", ""), known.body().replaceAll("value=\"[^\"]+\"", ""));
    }

    @Test
    void five_failed_sign_ins_slow_the_next_ones_down() {
        var client = new WebClient(portal.port());
        for (int i = 0; i < 5; i++) {
            client.get("/connexion");
            client.post("/connexion", Map.of("identifier", "lan.nguyen@exemple.fr", "password", "mauvais-" + i));
        }
        client.get("/connexion");
        var throttled = client.post("/connexion", Map.of("identifier", "lan.nguyen@exemple.fr", "password", "Demo-Famille-Nguyen-2026"));
        assertTrue(throttled.contains("Trop de tentatives de connexion"), throttled.body());
        assertNull(client.cookie("pf_session"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: the new version concerns every parent afterwards
    void a_new_cgu_version_sends_parents_to_accept_it_first() {
        var admin = signedIn(ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/cgu");
        // typed in a browser's textarea: CRLF line breaks
        var published = admin.post("/admin/cgu", Map.of("title", "CGU 2027", "body", "PRÉAMBULE\r\n\r\nNouvelle version des conditions.\r\n\r\nSecond paragraphe."));
        assertTrue(published.contains("est publiée"), published.body());
        // the CGU are the families': staff, and the admin who published them, go on working
        assertEquals("/agent/comptes", admin.get("/agent/comptes").uri().getPath());
        assertEquals("/agent/comptes", signedIn(AGENT, AGENT_PASSWORD).get("/agent/comptes").uri().getPath());

        var parent = new WebClient(portal.port());
        parent.get("/connexion");
        var first = parent.post("/connexion", Map.of("identifier", "lan.nguyen@exemple.fr", "password", "Demo-Famille-Nguyen-2026"));
        assertTrue(first.contains("Modification des conditions générales d&#39;utilisation") || first.contains("Modification des conditions générales d'utilisation"), first.body());
        assertTrue(first.contains("<h3>PRÉAMBULE</h3>") && first.contains("<p>Nouvelle version des conditions.</p>")
                && first.contains("<p>Second paragraphe.</p>"), "paragraphs kept: " + first.body());
        var asked = parent.get("/facturation?regie=1");
        assertEquals("/cgu", asked.uri().getPath());
        assertTrue(asked.contains("name=\"retour\" value=\"/facturation?regie=1\""), asked.body());
        var refused = parent.post("/cgu", Map.of("version", "2", "retour", "/facturation?regie=1"));
        assertEquals(422, refused.status());
        var landed = parent.post("/cgu", Map.of("version", "2", "acceptTerms", "oui", "retour", "/facturation?regie=1"));
        assertEquals("/facturation", landed.uri().getPath(), "after the CGU, the page asked for");
        assertEquals(200, parent.get("/mon-compte").status());
    }
}
