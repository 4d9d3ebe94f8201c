package fr.portailfamille.franceconnect;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Long because: a test double of a whole remote provider (authorize, token, userinfo, JWKS, logout) kept in one file so its protocol reads end to end; not in the production jar.
/**
 * A FranceConnect v2 provider for the tests and the demo, on the JDK's HTTP server, with the paths of FranceConnect's
 * partner documentation (https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-endpoints/):
 * discovery ({@code /api/v2/.well-known/openid-configuration}), a French page to choose one of a few fictional
 * identities ({@code /api/v2/authorize}), token, userinfo (a signed JWT, as v2 answers), JWKS and end of session.
 * ID tokens are signed RS256 with a key made at start; they carry the nonce, the eIDAS level asked for, and live
 * {@link #ID_TOKEN_LIFETIME}. Codes serve once. Nobody real is ever identified.
 *
 * <p>Tests make the next ID token lie ({@link #tamperNextToken}) or the whole provider fail ({@link #down}).
 */
public final class FranceConnectSimulator {

    public static final String CLIENT_ID = "portail-famille-simulateur";
    public static final String CLIENT_SECRET = "secret-du-simulateur-franceconnect";
    static final String BASE = "/api/v2";
    static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(1);

    /** A fictional person as the simulator's identity providers know them. */
    public record Identity(String key, String givenName, String familyName, String birthdate, String email) {
    }

    public static final List<Identity> IDENTITIES = List.of(
            new Identity("marie", "Marie", "Dupont", "1988-03-14", "marie.dupont@exemple.fr"),
            new Identity("karim", "Karim", "Benali", "1979-11-02", "karim.benali@exemple.fr"),
            new Identity("lucie", "Lucie", "Martin", "1993-06-30", "lucie.martin@exemple.fr"));

    /** How the next ID token lies, for the client's refusals. */
    public enum Tampering {
        NONE,
        /** Signed with another key under the published key's id. */
        FORGED,
        /** Not signed at all («alg: none»). */
        UNSIGNED,
        /** Expired before it is sent. */
        EXPIRED,
        /** The ID token of the previous sign-in again (its nonce is another sign-in's). */
        REPLAYED,
        /** Issued for another client. */
        WRONG_AUDIENCE,
        /** eIDAS level 1 whatever was asked. */
        LOW_LEVEL
    }

    /** An end of session as received, for tests. */
    public record EndSession(String idTokenHint, String state, String postLogoutRedirectUri) {
    }

    private record Grant(Identity identity, String redirectUri, String nonce, String acr) {
    }

    private final InetSocketAddress address;
    private final Clock clock;
    private final RSAKey key;
    private final RSAKey rogueKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Identity> accessTokens = new ConcurrentHashMap<>();
    private volatile Tampering tampering = Tampering.NONE;
    private volatile String lastIdToken;
    private volatile EndSession lastEndSession;
    private volatile boolean down;
    private HttpServer server;
    private ExecutorService handlers;

    /** On the loopback interface; port 0 picks a free one. */
    public FranceConnectSimulator(int port, Clock clock) {
        this.address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("simulateur-1").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            this.rogueKey = new RSAKeyGenerator(2048).keyID("simulateur-1").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation", e);
        }
    }

    public FranceConnectSimulator start() {
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(handlers);
        server.createContext(BASE + "/", this::handle);
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) server.stop(0);
        if (handlers != null) handlers.shutdownNow();
    }

    public String origin() {
        return "http://" + address.getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public String issuer() {
        return origin() + BASE;
    }

    public String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** The settings a portal uses to talk to this simulator. */
    public Map<String, String> settings() {
        return Map.of("FRANCECONNECT_DISCOVERY_URL", discoveryUrl(), "FRANCECONNECT_CLIENT_ID", CLIENT_ID,
                "FRANCECONNECT_CLIENT_SECRET", CLIENT_SECRET, "FRANCECONNECT_ACR", "eidas1", "FRANCECONNECT_ID_TOKEN_ALG", "RS256");
    }

    /** The pairwise subject this simulator gives the identity for its one client, as FranceConnect's 64 hex characters. */
    public static String subject(String identityKey) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest((identityKey + "|" + CLIENT_ID).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void tamperNextToken(Tampering how) {
        tampering = how;
    }

    /** While down, every address answers 503, as an unreachable provider behind its load balancer. */
    public void down(boolean down) {
        this.down = down;
    }

    public Optional<EndSession> lastEndSession() {
        return Optional.ofNullable(lastEndSession);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                send(exchange, 503, "text/plain; charset=UTF-8", "Service indisponible");
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            switch (exchange.getRequestMethod() + " " + path) {
                case "GET /.well-known/openid-configuration" -> send(exchange, 200, "application/json", discovery());
                case "GET /jwks" -> send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
                case "GET /authorize" -> authorizePage(exchange, query(exchange.getRequestURI().getRawQuery()));
                case "POST /authorize" -> chosen(exchange, query(body(exchange)));
                case "POST /token" -> token(exchange, query(body(exchange)));
                case "GET /userinfo" -> userinfo(exchange);
                case "GET /session/end" -> endSession(exchange, query(exchange.getRequestURI().getRawQuery()));
                default -> send(exchange, 404, "text/plain; charset=UTF-8", "Adresse inconnue du simulateur FranceConnect");
            }
        }
    }

    private String discovery() {
        var config = new LinkedHashMap<String, Object>();
        config.put("issuer", issuer());
        config.put("authorization_endpoint", issuer() + "/authorize");
        config.put("token_endpoint", issuer() + "/token");
        config.put("userinfo_endpoint", issuer() + "/userinfo");
        config.put("end_session_endpoint", issuer() + "/session/end");
        config.put("jwks_uri", issuer() + "/jwks");
        config.put("response_types_supported", List.of("code"));
        config.put("acr_values_supported", List.of("eidas1", "eidas2", "eidas3"));
        config.put("scopes_supported", List.of("openid", "given_name", "family_name", "birthdate", "email"));
        config.put("id_token_signing_alg_values_supported", List.of("RS256"));
        config.put("userinfo_signing_alg_values_supported", List.of("RS256"));
        config.put("token_endpoint_auth_methods_supported", List.of("client_secret_post"));
        return JSONObjectUtils.toJSONString(config);
    }

    private void authorizePage(HttpExchange exchange, Map<String, String> q) throws IOException {
        if (!CLIENT_ID.equals(q.get("client_id")) || blank(q.get("redirect_uri")) || blank(q.get("state")) || blank(q.get("nonce"))
                || !"code".equals(q.get("response_type"))) {
            send(exchange, 400, "text/html; charset=UTF-8", page("Demande refusée",
                    "<p>La demande de connexion est incomplète (client_id, redirect_uri, state, nonce ou response_type manquant).</p>"));
            return;
        }
        var hidden = new StringBuilder();
        for (String name : List.of("redirect_uri", "state", "nonce", "acr_values")) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(q.getOrDefault(name, ""))).append("\">");
        }
        var choices = new StringBuilder();
        for (Identity identity : IDENTITIES) {
            choices.append("<li><form method=\"post\" action=\"").append(BASE).append("/authorize\">").append(hidden)
                    .append("<input type=\"hidden\" name=\"identity\" value=\"").append(identity.key()).append("\">")
                    .append("<button type=\"submit\">Continuer en tant que ").append(escape(identity.givenName() + " " + identity.familyName()))
                    .append("</button></form></li>");
        }
        choices.append("<li><a href=\"").append(escape(q.get("redirect_uri") + "?error=access_denied&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8))).append("\">Annuler et revenir au portail</a></li>");
        send(exchange, 200, "text/html; charset=UTF-8", page("Simulateur FranceConnect : choisir une identité",
                "<p>Ceci est un simulateur pour la démonstration et les tests : aucune personne réelle n'est identifiée.</p>"
                        + "<p>Niveau demandé : " + escape(q.getOrDefault("acr_values", "eidas1")) + ".</p><ul>" + choices + "</ul>"));
    }

    private void chosen(HttpExchange exchange, Map<String, String> form) throws IOException {
        var identity = IDENTITIES.stream().filter(i -> i.key().equals(form.get("identity"))).findFirst();
        if (identity.isEmpty() || blank(form.get("redirect_uri"))) {
            send(exchange, 400, "text/html; charset=UTF-8", page("Demande refusée", "<p>Identité inconnue.</p>"));
            return;
        }
        String code = randomToken();
        codes.put(code, new Grant(identity.get(), form.get("redirect_uri"), form.get("nonce"), form.getOrDefault("acr_values", "eidas1")));
        redirect(exchange, form.get("redirect_uri") + "?code=" + code + "&state=" + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8));
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code")); // a code serves once
        if (grant == null || !"authorization_code".equals(form.get("grant_type")) || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String accessToken = randomToken();
        accessTokens.put(accessToken, grant.identity());
        String idToken = idToken(grant, tampering);
        tampering = Tampering.NONE;
        send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(Map.of("access_token", accessToken, "token_type", "Bearer",
                "expires_in", 60, "id_token", idToken)));
    }

    private String idToken(Grant grant, Tampering how) {
        if (how == Tampering.REPLAYED && lastIdToken != null) return lastIdToken;
        Instant now = clock.instant();
        Instant expiry = how == Tampering.EXPIRED ? now.minus(Duration.ofMinutes(5)) : now.plus(ID_TOKEN_LIFETIME);
        var claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(subject(grant.identity().key()))
                .audience(how == Tampering.WRONG_AUDIENCE ? "un-autre-service" : CLIENT_ID)
                .issueTime(Date.from(how == Tampering.EXPIRED ? expiry.minus(ID_TOKEN_LIFETIME) : now)).expirationTime(Date.from(expiry))
                .claim("nonce", grant.nonce()).claim("acr", how == Tampering.LOW_LEVEL ? "eidas1" : grant.acr()).build();
        String token = how == Tampering.UNSIGNED ? new PlainJWT(claims).serialize() : sign(claims, how == Tampering.FORGED ? rogueKey : key);
        if (how == Tampering.NONE) lastIdToken = token;
        return token;
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Identity identity = authorization == null || !authorization.startsWith("Bearer ") ? null : accessTokens.get(authorization.substring(7));
        if (identity == null) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        // v2 signs userinfo too (FranceConnect's migration notes: «vérification de la signature de la réponse à /api/v2/userinfo»)
        send(exchange, 200, "application/jwt", sign(new JWTClaimsSet.Builder().issuer(issuer()).subject(subject(identity.key())).audience(CLIENT_ID)
                .claim("given_name", identity.givenName()).claim("family_name", identity.familyName()).claim("birthdate", identity.birthdate())
                .claim("email", identity.email()).build(), key));
    }

    private void endSession(HttpExchange exchange, Map<String, String> q) throws IOException {
        lastEndSession = new EndSession(q.get("id_token_hint"), q.get("state"), q.get("post_logout_redirect_uri"));
        if (blank(q.get("id_token_hint")) || blank(q.get("post_logout_redirect_uri"))) {
            send(exchange, 400, "text/html; charset=UTF-8", page("Déconnexion refusée", "<p>id_token_hint ou post_logout_redirect_uri manquant.</p>"));
            return;
        }
        redirect(exchange, q.get("post_logout_redirect_uri") + "?state=" + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8));
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("signing", e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title></head><body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        var values = new LinkedHashMap<String, String>();
        if (raw == null || raw.isEmpty()) return values;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
