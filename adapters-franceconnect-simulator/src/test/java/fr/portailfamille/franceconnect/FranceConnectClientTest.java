package fr.portailfamille.franceconnect;

import fr.portailfamille.application.accounts.port.IdentityProvider;
import fr.portailfamille.application.accounts.IdentityProviderContract;
import fr.portailfamille.application.accounts.port.IdentityProvider.Answer;
import fr.portailfamille.application.accounts.port.IdentityProvider.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real OpenID Connect client against the simulator: a genuine sign-in, then every answer it must not believe. */
class FranceConnectClientTest extends IdentityProviderContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String PORTAL = "http://portail.exemple";

    private final FranceConnectSimulator simulator = new FranceConnectSimulator(0, CLOCK).start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private FranceConnectClient client(Map<String, String> overrides) {
        var values = new HashMap<>(simulator.settings());
        values.putAll(overrides);
        assertEquals(java.util.List.of(), FranceConnectSettings.problems(key -> Optional.ofNullable(values.get(key))));
        return new FranceConnectClient(FranceConnectSettings.fromEnvironment(key -> Optional.ofNullable(values.get(key))), () -> PORTAL, CLOCK);
    }

    private FranceConnectClient client() {
        return client(Map.of());
    }

    private final FranceConnectClient client = client();

    @Override
    protected IdentityProvider provider() {
        return client;
    }

    @Override
    protected String signsIn(URI page, String person) {
        try {
            return chooses(page, person);
        } catch (Exception e) {
            throw new AssertionError("the simulator's page failed", e);
        }
    }

    @Override
    protected void goesDown() {
        simulator.down(true);
    }

    /** What a parent does on the simulator's page: opens it and chooses an identity; returns the code sent back. */
    private String chooses(URI authorizationPage, String identity) throws Exception {
        var page = http.send(HttpRequest.newBuilder(authorizationPage).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Continuer en tant que"), page.body());
        var query = new HashMap<String, String>();
        for (String pair : authorizationPage.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String form = "identity=" + identity + "&redirect_uri=" + URLEncoder.encode(query.get("redirect_uri"), StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8) + "&nonce=" + URLEncoder.encode(query.get("nonce"), StandardCharsets.UTF_8)
                + "&acr_values=" + query.get("acr_values");
        var back = http.send(HttpRequest.newBuilder(URI.create(simulator.issuer() + "/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, back.statusCode());
        String location = back.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(PORTAL + FranceConnectSettings.CALLBACK_PATH + "?code="), location);
        assertTrue(location.endsWith("&state=" + query.get("state")), location);
        var matcher = Pattern.compile("code=([^&]+)").matcher(location);
        assertTrue(matcher.find());
        return matcher.group(1);
    }

    private Answer signIn(FranceConnectClient client, String nonce) throws Exception {
        return client.identify(chooses(client.authorizationPage("state-1", nonce).orElseThrow(), "marie"), nonce);
    }

    @Test
    void the_authorization_page_asks_for_a_code_with_state_nonce_level_and_the_portals_callback() {
        String page = client().authorizationPage("l'état", "le-nonce").orElseThrow().toString();
        assertTrue(page.startsWith(simulator.issuer() + "/authorize?response_type=code&client_id=" + FranceConnectSimulator.CLIENT_ID), page);
        assertTrue(page.contains("&redirect_uri=" + URLEncoder.encode(PORTAL + "/connexion/franceconnect/retour", StandardCharsets.UTF_8)), page);
        assertTrue(page.contains("&state=l%27%C3%A9tat&nonce=le-nonce&acr_values=eidas1&prompt=login+consent"), page);
    }

    @Test
    void a_genuine_sign_in_gives_the_pairwise_subject_and_the_id_token() throws Exception {
        var identified = assertInstanceOf(Answer.Identified.class, signIn(client(), "nonce-1"));
        assertEquals(FranceConnectSimulator.subject("marie"), identified.subject());
        assertEquals(64, identified.subject().length());
        assertEquals(3, identified.idToken().split("\\.").length);
    }

    @Test
    void a_forged_or_unsigned_id_token_is_refused() throws Exception {
        simulator.tamperNextToken(FranceConnectSimulator.Tampering.FORGED);
        assertEquals(new Answer.Rejected(Reason.FORGED), signIn(client(), "nonce-1"));
        simulator.tamperNextToken(FranceConnectSimulator.Tampering.UNSIGNED);
        assertEquals(new Answer.Rejected(Reason.FORGED), signIn(client(), "nonce-2"));
    }

    @Test
    void an_id_token_signed_with_another_algorithm_than_the_registered_one_is_refused() throws Exception {
        assertEquals(new Answer.Rejected(Reason.FORGED), signIn(client(Map.of("FRANCECONNECT_ID_TOKEN_ALG", "ES256")), "nonce-1"));
    }

    @Test
    void an_expired_id_token_is_refused() throws Exception {
        simulator.tamperNextToken(FranceConnectSimulator.Tampering.EXPIRED);
        assertEquals(new Answer.Rejected(Reason.EXPIRED), signIn(client(), "nonce-1"));
    }

    @Test
    void a_replayed_id_token_carries_another_sign_ins_nonce_and_is_refused() throws Exception {
        var client = client();
        assertInstanceOf(Answer.Identified.class, signIn(client, "nonce-1"));
        simulator.tamperNextToken(FranceConnectSimulator.Tampering.REPLAYED);
        assertEquals(new Answer.Rejected(Reason.WRONG_NONCE), signIn(client, "nonce-2"));
    }

    @Test
    void an_id_token_for_another_client_is_refused() throws Exception {
        simulator.tamperNextToken(FranceConnectSimulator.Tampering.WRONG_AUDIENCE);
        assertEquals(new Answer.Rejected(Reason.WRONG_ISSUER_OR_AUDIENCE), signIn(client(), "nonce-1"));
    }

    @Test
    void a_level_below_the_one_asked_for_is_refused() throws Exception {
        simulator.tamperNextToken(FranceConnectSimulator.Tampering.LOW_LEVEL);
        assertEquals(new Answer.Rejected(Reason.INSUFFICIENT_LEVEL), signIn(client(Map.of("FRANCECONNECT_ACR", "eidas2")), "nonce-1"));
    }

    @Test
    void a_client_that_never_read_the_discovery_document_has_no_page_while_the_provider_is_down() {
        simulator.down(true);
        assertEquals(Optional.empty(), client().authorizationPage("s", "n"));
        simulator.down(false);
        assertTrue(client().authorizationPage("s", "n").isPresent());
    }

    @Test
    void the_end_of_session_page_carries_the_id_token_the_state_and_the_portals_page_after_sign_out() throws Exception {
        var client = client();
        var identified = assertInstanceOf(Answer.Identified.class, signIn(client, "nonce-1"));
        URI end = client.endSessionPage(identified.idToken(), "etat-de-sortie").orElseThrow();
        var response = http.send(HttpRequest.newBuilder(end).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(303, response.statusCode());
        assertEquals(PORTAL + "/deconnexion/franceconnect?state=etat-de-sortie", response.headers().firstValue("Location").orElseThrow());
        assertEquals(new FranceConnectSimulator.EndSession(identified.idToken(), "etat-de-sortie", PORTAL + "/deconnexion/franceconnect"),
                simulator.lastEndSession().orElseThrow());
    }

    @Test
    void settings_problems_are_listed_in_french() {
        var problems = FranceConnectSettings.problems(key -> Optional.ofNullable(Map.of("FRANCECONNECT_CLIENT_ID", "x",
                "FRANCECONNECT_ACR", "eidas9", "FRANCECONNECT_ID_TOKEN_ALG", "HS256").get(key)));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.getFirst().startsWith("FRANCECONNECT_CLIENT_SECRET est obligatoire"));
        assertEquals(java.util.List.of(), FranceConnectSettings.problems(key -> Optional.empty()), "not configured: nothing to check");
    }
}
