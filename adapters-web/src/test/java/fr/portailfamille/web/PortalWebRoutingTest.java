package fr.portailfamille.web;

import fr.portailfamille.application.mail.InMemoryMailOutbox;
import fr.portailfamille.application.mail.ReadOutbox;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.application.town.InMemoryTownRepository;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.web.info.InfoPages;
import fr.portailfamille.web.mail.DevMailboxPages;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web adapter's routing without a socket: layout, escaping, French error pages, CSRF gate, demo-only routes
 * and security headers. The in-memory adapters stand in for the database.
 */
@RoutingTest
class PortalWebRoutingTest {

    static final Town TOWN = new Town("Beaulieu-sur-Orge", "/static/logo-ville.svg", "espace.services@beaulieu.example",
            "01 64 00 00 00", "1 place de la République, 91999 Beaulieu-sur-Orge", "http://localhost", 168);

    /** Calls that reached the test form's handler, i.e. passed the CSRF gate. */
    static final AtomicInteger FORM_HANDLED = new AtomicInteger();

    private final Http1Client client;

    PortalWebRoutingTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder builder) {
        web(new PortalWeb.Settings(true, false), TOWN).routing(builder);
    }

    /** The portal's web adapter as bootstrap wires it, plus a test area with a form. */
    static PortalWeb web(PortalWeb.Settings settings, Town town) {
        return web(settings, town, VisitorSource.NOBODY);
    }

    static final Visitor ADMIN = new Visitor(1L, "Claire MARTIN", fr.portailfamille.domain.accounts.Role.ADMIN, false, 0, false);
    static final Visitor AGENT = new Visitor(2L, "Paul ROUSSEL", fr.portailfamille.domain.accounts.Role.AGENT, false, 0, false);

    static PortalWeb web(PortalWeb.Settings settings, Town town, VisitorSource visitors) {
        var towns = new InMemoryTownRepository();
        towns.save(town);
        List<PortalWeb.Area> areas = new ArrayList<>();
        areas.add(new InfoPages(List::of, fr.portailfamille.web.info.Dashboard.NONE, fr.portailfamille.web.info.Dashboard.NONE));
        areas.add(new DevMailboxPages(new ReadOutbox(new InMemoryMailOutbox())));
        areas.add((table, pages) -> table.post("/essai/formulaire", Access.PUBLIC, ex -> {
            FORM_HANDLED.incrementAndGet();
            Pages.html(ex.response(), Status.OK_200, "<!DOCTYPE html><p>enregistré</p>");
        }));
        return new PortalWeb(settings, new CurrentTown(towns), visitors, () -> true, areas);
    }

    @BeforeEach
    void resetCounter() {
        FORM_HANDLED.set(0);
    }

    @Test
    void homePageIsFrenchHtmlWithTheCommonLayout() {
        try (HttpClientResponse res = client.get("/").request()) {
            String body = res.as(String.class);
            assertAll(
                    () -> assertEquals(Status.OK_200, res.status()),
                    () -> assertEquals("text/html; charset=UTF-8", res.headers().first(HeaderNames.CONTENT_TYPE).orElse("")),
                    () -> assertTrue(body.contains("<html lang=\"fr\">"), "lang=\"fr\""),
                    () -> assertTrue(body.contains("PORTAIL FAMILLE – VILLE DE BEAULIEU-SUR-ORGE"), "banner"),
                    () -> assertTrue(body.contains("<a href=\"/accessibilite\">Accessibilité</a>"), "header link Accessibilité"),
                    () -> assertTrue(body.contains("<a href=\"/aide\">Aide</a>"), "header link Aide"),
                    () -> assertTrue(body.contains("<a href=\"/plan-du-site\">Plan du site</a>"), "header link Plan du site"),
                    () -> assertTrue(body.contains("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>"), "skip link"),
                    () -> assertTrue(body.contains("<main id=\"contenu\""), "skip link target"),
                    () -> assertTrue(footer(body).contains("mailto:espace.services@beaulieu.example"), "footer e-mail"),
                    () -> assertTrue(footer(body).contains("01 64 00 00 00"), "footer phone"),
                    () -> assertTrue(footer(body).contains("href=\"tel:0164000000\""), "footer phone link"));
        }
    }

    @Test
    void headerPagesAnswer() {
        for (String path : List.of("/aide", "/accessibilite", "/plan-du-site")) {
            try (HttpClientResponse res = client.get(path).request()) {
                assertEquals(Status.OK_200, res.status(), path);
                assertTrue(res.as(String.class).contains("PORTAIL FAMILLE – VILLE DE"), path);
            }
        }
    }

    @Test
    void aRevalidatedStylesheetIsNotModifiedWithoutABody() {
        String etag;
        try (HttpClientResponse res = client.get("/static/portail.css").request()) {
            assertEquals(200, res.status().code());
            etag = res.headers().first(HeaderNames.ETAG).orElseThrow();
        }
        try (HttpClientResponse res = client.get("/static/portail.css").header(HeaderNames.IF_NONE_MATCH, etag).request()) {
            assertEquals(304, res.status().code());
            assertFalse(res.entity().hasEntity(), "a 304 has no body");
        }
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
        for (String path : List.of("/", "/page-qui-n-existe-pas")) {
            try (HttpClientResponse res = client.get(path).request()) {
                String csp = res.headers().first(header("Content-Security-Policy")).orElse("");
                assertAll(path,
                        () -> assertTrue(csp.contains("default-src 'self'"), "CSP: " + csp),
                        () -> assertTrue(csp.contains("frame-ancestors 'none'"), "CSP: " + csp),
                        () -> assertEquals("nosniff", res.headers().first(header("X-Content-Type-Options")).orElse("")),
                        () -> assertEquals("no-store", res.headers().first(HeaderNames.CACHE_CONTROL).orElse("")));
            }
        }
    }

    @Test
    void unknownPathGetsTheFrenchNotFoundPageWithoutInternals() {
        try (HttpClientResponse res = client.get("/inconnu/page").request()) {
            String body = res.as(String.class);
            assertAll(
                    () -> assertEquals(Status.NOT_FOUND_404, res.status()),
                    () -> assertEquals("text/html; charset=UTF-8", res.headers().first(HeaderNames.CONTENT_TYPE).orElse("")),
                    () -> assertTrue(body.contains("<h1>Page introuvable</h1>"), body),
                    () -> assertTrue(body.contains("PORTAIL FAMILLE – VILLE DE BEAULIEU-SUR-ORGE"), "inside the layout"),
                    () -> assertNoInternals(body));
        }
    }

    @Test
    void postWithoutCsrfTokenIsRefusedAndNeverReachesTheHandler() {
        try (HttpClientResponse res = client.post("/essai/formulaire")
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("nom=Dupont")) {
            assertFormExpired(res);
        }
        assertEquals(0, FORM_HANDLED.get(), "the handler ran without a CSRF token");
    }

    @Test
    void postWithAWrongCsrfTokenIsRefusedAndNeverReachesTheHandler() {
        String token = csrfTokenFromAPage();
        try (HttpClientResponse res = client.post("/essai/formulaire")
                .header(HeaderNames.COOKIE, Csrf.COOKIE + "=" + token)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("nom=Dupont&_csrf=" + token.substring(1) + "x")) {
            assertFormExpired(res);
        }
        // the field alone, without the cookie another site cannot set
        try (HttpClientResponse res = client.post("/essai/formulaire")
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("nom=Dupont&_csrf=" + token)) {
            assertFormExpired(res);
        }
        assertEquals(0, FORM_HANDLED.get(), "the handler ran with a forged CSRF token");
    }

    @Test
    void postWithTheCookieAndTheMatchingFieldReachesTheHandler() {
        String token = csrfTokenFromAPage();
        try (HttpClientResponse res = client.post("/essai/formulaire")
                .header(HeaderNames.COOKIE, Csrf.COOKIE + "=" + token)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .submit("nom=Dupont&" + Csrf.FIELD + "=" + token)) {
            assertEquals(Status.OK_200, res.status());
            assertTrue(res.as(String.class).contains("enregistré"));
        }
        assertEquals(1, FORM_HANDLED.get());
    }

    @Test
    void csrfCookieIsHttpOnlyAndSameSite() {
        try (HttpClientResponse res = client.get("/").request()) {
            String cookie = setCookie(res);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("SameSite=Lax"), cookie);
            assertFalse(cookie.contains("Secure"), "no Secure flag over plain http: " + cookie);
        }
    }

    @Test
    void demoMailboxIsServedToAnAdminOfTheDemoOnly() {
        withClient(web(new PortalWeb.Settings(true, false), TOWN, request -> ADMIN), admin -> {
            try (HttpClientResponse res = admin.get("/dev/courriels").request()) {
                String body = res.as(String.class);
                assertEquals(Status.OK_200, res.status());
                assertTrue(body.contains("Boîte aux lettres de démonstration"), body);
                assertTrue(body.contains("Aucun courriel pour l'instant."), body);
                assertTrue(footer(body).contains("href=\"/dev/courriels\""), "the admin's footer links the mailbox");
            }
        });
        withClient(web(new PortalWeb.Settings(true, false), TOWN, request -> AGENT), agent -> {
            try (HttpClientResponse res = agent.get("/dev/courriels").request()) {
                assertEquals(Status.NOT_FOUND_404, res.status(), "an agent does not read the links mailed to families");
                assertFalse(footer(res.as(String.class)).contains("/dev/courriels"));
            }
        });
    }

    /** Anyone could otherwise ask a password reset for any account, the admin's too, and read the link there. */
    @Test
    void anAnonymousVisitorNeverReadsTheDemoMailbox() {
        try (HttpClientResponse res = client.get("/dev/courriels").followRedirects(false).request()) {
            assertEquals(Status.SEE_OTHER_303, res.status());
            assertTrue(res.headers().first(HeaderNames.LOCATION).orElse("").startsWith("/connexion"));
        }
        try (HttpClientResponse res = client.get("/").request()) {
            assertFalse(footer(res.as(String.class)).contains("/dev/courriels"), "no footer link for a visitor");
        }
    }

    @Test
    void everyPageOfADemoSaysSoAndATownsPagesDoNot() {
        try (HttpClientResponse res = client.get("/aide").request()) {
            assertTrue(res.as(String.class).contains("<strong>Démonstration</strong>"));
        }
        withClient(web(new PortalWeb.Settings(false, true), TOWN), production -> {
            try (HttpClientResponse res = production.get("/aide").request()) {
                assertFalse(res.as(String.class).contains("Démonstration"));
            }
        });
    }

    @Test
    void publicHealthSaysUpOrDownAndNothingElse() {
        for (String path : List.of("/health", "/health/ready", "/health/live")) {
            try (HttpClientResponse res = client.get(path).request()) {
                assertEquals(Status.OK_200, res.status(), path);
                assertEquals("{\"status\":\"UP\"}", res.as(String.class), path);
            }
        }
        for (String path : List.of("/metrics", "/observe/metrics", "/observe/health")) {
            try (HttpClientResponse res = client.get(path).request()) {
                assertEquals(Status.NOT_FOUND_404, res.status(), path + " is for the management socket only");
            }
        }
    }

    @Test
    void demoMailboxDoesNotExistOutsideDemoMode() {
        withClient(web(new PortalWeb.Settings(false, true), TOWN), production -> {
            try (HttpClientResponse res = production.get("/dev/courriels").request()) {
                String body = res.as(String.class);
                assertEquals(Status.NOT_FOUND_404, res.status());
                assertTrue(body.contains("<h1>Page introuvable</h1>"), body);
                assertFalse(body.contains("/dev/courriels"), "the footer must not link the demo mailbox outside demo mode");
                assertNoInternals(body);
            }
        });
    }

    @Test
    void secureCookiesBehindHttps() {
        withClient(web(new PortalWeb.Settings(false, true), TOWN), production -> {
            try (HttpClientResponse res = production.get("/").request()) {
                assertTrue(setCookie(res).contains("Secure"), setCookie(res));
            }
        });
    }

    @Test
    void townNameIsEscapedEverywhere() {
        var hostile = new Town("<script>alert(\"x\")</script> & l'Orge", null, "contact@ville.example", "01 02 03 04 05",
                "1 rue \"des quotes\"", "http://localhost", 168);
        withClient(web(new PortalWeb.Settings(true, false), hostile), escaped -> {
            try (HttpClientResponse res = escaped.get("/").request()) {
                String body = res.as(String.class);
                assertAll(
                        () -> assertEquals(Status.OK_200, res.status()),
                        () -> assertFalse(body.toLowerCase().contains("<script>alert"), "unescaped script tag in:\n" + body),
                        () -> assertFalse(body.contains("\"x\")"), "unescaped quotes"),
                        () -> assertFalse(body.contains("& l'Orge") || body.contains("& L'ORGE"), "unescaped & and '"),
                        () -> assertTrue(body.contains("VILLE DE &lt;SCRIPT&gt;ALERT(&quot;X&quot;)&lt;/SCRIPT&gt; &amp; L&#39;ORGE"),
                                "escaped banner in:\n" + body),
                        () -> assertTrue(body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;Orge"),
                                "escaped name in title, welcome text and footer"),
                        () -> assertTrue(body.contains("1 rue &quot;des quotes&quot;"), "escaped address"));
            }
        });
    }

    private String csrfTokenFromAPage() {
        try (HttpClientResponse res = client.get("/").request()) {
            var matcher = Pattern.compile(Csrf.COOKIE + "=([^;]+)").matcher(setCookie(res));
            assertTrue(matcher.find(), "no CSRF cookie on the home page");
            return matcher.group(1);
        }
    }

    private static String setCookie(HttpClientResponse res) {
        return res.headers().values(HeaderNames.SET_COOKIE).stream()
                .filter(c -> c.startsWith(Csrf.COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + Csrf.COOKIE + " cookie set"));
    }

    private static void assertFormExpired(HttpClientResponse res) {
        String body = res.as(String.class);
        assertEquals(Status.FORBIDDEN_403, res.status());
        assertEquals("text/html; charset=UTF-8", res.headers().first(HeaderNames.CONTENT_TYPE).orElse(""));
        assertTrue(body.contains("<h1>Formulaire expiré</h1>"), body);
        assertNoInternals(body);
    }

    private static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "\tat ", "at io.helidon", "at fr.portailfamille", "java.lang", "Caused by", "ftlh")) {
            assertFalse(body.contains(leak), "the page leaks «" + leak + "»:\n" + body);
        }
    }

    private static String footer(String body) {
        int start = body.indexOf("<footer");
        assertTrue(start >= 0, "no footer");
        return body.substring(start);
    }

    private static HeaderName header(String name) {
        return HeaderNames.create(name);
    }

    /** A second routing, for settings or a town other than the shared one. */
    private static void withClient(PortalWeb web, Consumer<Http1Client> test) {
        var builder = HttpRouting.builder();
        web.routing(builder);
        var other = new DirectClient(builder);
        try {
            test.accept(other);
        } finally {
            other.close();
        }
    }
}
