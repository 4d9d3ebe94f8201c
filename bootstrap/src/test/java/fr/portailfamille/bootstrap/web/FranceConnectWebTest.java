package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.accounts.FranceConnectSignIn;
import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.franceconnect.FranceConnectSimulator;
import fr.portailfamille.franceconnect.FranceConnectSimulator.Tampering;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.FRANCECONNECT_LINK;
import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FranceConnect over real HTTP, with the demo's simulator and the real database: linking with the password, signing
 * in and out through FranceConnect, and every refusal a parent can meet, each in French, each leaving them signed out.
 */
class FranceConnectWebTest {

    static final String PARENT = "marie.dupont@exemple.fr";
    static final String PASSWORD = "Demo-Famille-Dupont-2026";

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static FranceConnectSimulator simulator;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        simulator = portal.portal().franceConnectSimulator().orElseThrow();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @BeforeEach
    void nothingLinked() {
        portal.db().dsl().deleteFrom(FRANCECONNECT_LINK).execute();
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    @AfterEach
    void simulatorBack() {
        simulator.down(false);
        simulator.tamperNextToken(Tampering.NONE);
    }

    private int port() {
        return portal.portal().port();
    }

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    /** On the simulator's page, the form of this identity's button: its fields. */
    private static Map<String, String> choice(WebClient.Page simulatorPage, String identity) {
        assertTrue(simulatorPage.contains("Simulateur FranceConnect"), simulatorPage.body());
        var forms = FORM.matcher(simulatorPage.body());
        while (forms.find()) {
            var fields = new LinkedHashMap<String, String>();
            var hidden = HIDDEN.matcher(forms.group(2));
            while (hidden.find()) fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            if (identity.equals(fields.get("identity"))) return fields;
        }
        throw new AssertionError("no button for " + identity);
    }

    /** The parent picks an identity on the simulator's page, and comes back to the portal (redirects followed). */
    private WebClient.Page picks(WebClient client, WebClient.Page simulatorPage, String identity) {
        return client.postTo(URI.create(simulator.issuer() + "/authorize"), choice(simulatorPage, identity));
    }

    /** The address FranceConnect sends the browser back to, without following it. */
    private String callbackOf(WebClient.Page simulatorPage, String identity) throws Exception {
        var form = choice(simulatorPage, identity);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(simulator.issuer() + "/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
        return back.getRawPath() + "?" + back.getRawQuery();
    }

    private WebClient linkedMarie() {
        var parent = WebClient.signedIn(port(), PARENT, PASSWORD);
        parent.get("/mon-compte/franceconnect");
        var linked = picks(parent, parent.post("/mon-compte/franceconnect", Map.of("password", PASSWORD)), "marie");
        assertEquals(200, linked.status(), linked.body());
        assertTrue(linked.contains("Votre compte est maintenant lié à FranceConnect"), linked.body());
        return parent;
    }

    private static void signedOut(WebClient client) {
        assertEquals("/connexion", client.get("/mon-compte").uri().getPath(), "still signed out");
    }

    @Test
    void the_sign_in_page_shows_the_franceconnect_button_and_what_it_is() {
        var page = new WebClient(port()).get("/connexion");
        assertTrue(page.contains("<span class=\"franceconnect-login\">S'identifier avec</span> <span class=\"franceconnect-brand\">FranceConnect</span>"));
        assertTrue(page.contains("<a href=\"https://franceconnect.gouv.fr/\" target=\"_blank\" rel=\"noopener\">Qu'est-ce que FranceConnect ?"));
    }

    @Test
    void a_parent_links_with_the_password_signs_out_of_both_and_signs_in_with_franceconnect_alone() {
        var parent = WebClient.signedIn(port(), PARENT, PASSWORD);
        assertTrue(parent.get("/mon-compte").contains("Lier mon compte à FranceConnect, ou le délier"));
        var page = parent.get("/mon-compte/franceconnect");
        assertTrue(page.contains("Votre compte n'est pas lié à FranceConnect"));
        var wrong = parent.post("/mon-compte/franceconnect", Map.of("password", "pas-le-bon"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.contains(FranceConnectSignIn.WRONG_PASSWORD));

        var simulatorPage = parent.post("/mon-compte/franceconnect", Map.of("password", PASSWORD));
        assertTrue(simulatorPage.contains("Continuer en tant que Karim Benali"), "any identity may be linked: names are not compared");
        var linked = picks(parent, simulatorPage, "marie");
        assertTrue(linked.contains("Votre compte est lié à FranceConnect depuis le"), linked.body());
        assertEquals(1, portal.db().dsl().fetchCount(FRANCECONNECT_LINK));

        var out = parent.post("/deconnexion", Map.of());
        assertEquals("/deconnexion/franceconnect", out.uri().getPath(), "FranceConnect sent the browser back after its own sign-out");
        assertTrue(out.contains("Vous êtes déconnecté du portail et de FranceConnect."));
        var ended = simulator.lastEndSession().orElseThrow();
        assertEquals(3, ended.idTokenHint().split("\\.").length);
        assertFalse(ended.state().isBlank());
        signedOut(parent);

        var browser = new WebClient(port());
        var home = picks(browser, browser.get("/connexion/franceconnect"), "marie");
        assertEquals("/", home.uri().getPath());
        assertTrue(home.contains("Bonjour"), home.body());
    }

    @Test
    void a_parent_unlinks_and_franceconnect_no_longer_signs_them_in() {
        var parent = linkedMarie();
        parent.get("/mon-compte/franceconnect");
        var unlinked = parent.post("/mon-compte/franceconnect/delier", Map.of());
        assertTrue(unlinked.contains("Votre compte n'est plus lié à FranceConnect"), unlinked.body());
        var browser = new WebClient(port());
        var refused = picks(browser, browser.get("/connexion/franceconnect"), "marie");
        assertEquals(403, refused.status());
        signedOut(browser);
    }

    @Test
    void an_identity_linked_to_no_account_is_told_how_to_link_it() {
        var browser = new WebClient(port());
        var page = picks(browser, browser.get("/connexion/franceconnect"), "karim");
        assertEquals(403, page.status());
        assertTrue(page.contains(FranceConnectSignIn.NOT_LINKED), page.body());
        signedOut(browser);
    }

    @Test
    void forged_unsigned_expired_replayed_or_misaddressed_id_tokens_are_refused_in_french() {
        linkedMarie();
        for (var lie : Map.of(Tampering.FORGED, "signature invalide", Tampering.UNSIGNED, "signature invalide", Tampering.EXPIRED, "jeton expiré",
                Tampering.REPLAYED, "jeton rejoué", Tampering.WRONG_AUDIENCE, "n'est pas destinée à ce portail").entrySet()) {
            var browser = new WebClient(port());
            var simulatorPage = browser.get("/connexion/franceconnect");
            simulator.tamperNextToken(lie.getKey());
            var page = picks(browser, simulatorPage, "marie");
            assertEquals(400, page.status(), lie.getKey().name());
            assertTrue(page.contains(lie.getValue()), lie.getKey() + ": " + page.body());
            signedOut(browser);
        }
    }

    @Test
    void a_wrong_state_or_a_callback_replayed_in_the_same_or_another_browser_is_refused() throws Exception {
        linkedMarie();
        var browser = new WebClient(port());
        browser.get("/connexion/franceconnect");
        var forged = browser.get("/connexion/franceconnect/retour?code=abc&state=forged");
        assertEquals(400, forged.status());
        assertTrue(forged.contains(FranceConnectSignIn.WRONG_STATE));

        var victim = new WebClient(port());
        String callback = callbackOf(victim.get("/connexion/franceconnect"), "marie");
        var attacker = new WebClient(port());
        assertEquals(400, attacker.get(callback).status(), "the state cookie is the victim's browser's");
        signedOut(attacker);
        assertTrue(victim.get(callback).contains("Bonjour"));
        victim.post("/deconnexion", Map.of());
        var replayed = victim.get(callback);
        assertEquals(400, replayed.status(), "a state serves once");
        assertTrue(replayed.contains(FranceConnectSignIn.WRONG_STATE));
    }

    @Test
    void franceconnect_down_gives_a_french_page_and_the_password_still_signs_in() throws Exception {
        linkedMarie();
        var browser = new WebClient(port());
        String callback = callbackOf(browser.get("/connexion/franceconnect"), "marie");
        simulator.down(true);
        var page = browser.get(callback);
        assertEquals(503, page.status());
        assertTrue(page.contains(FranceConnectSignIn.UNAVAILABLE), page.body());
        var again = browser.get("/connexion/franceconnect");
        assertEquals(503, again.status(), "the portal does not send parents to a provider that does not answer");
        assertTrue(again.contains("Se connecter avec mon identifiant et mon mot de passe"));
        WebClient.signedIn(port(), PARENT, PASSWORD);
    }

    @Test
    void staff_accounts_are_not_offered_franceconnect() {
        var agent = WebClient.signedIn(port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertFalse(agent.get("/mon-compte").contains("FranceConnect"));
        assertEquals(404, agent.get("/mon-compte/franceconnect").status());
    }
}
