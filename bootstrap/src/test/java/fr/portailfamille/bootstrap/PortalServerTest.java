package fr.portailfamille.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal as Main wires it, on a real socket and a real database, seen by a plain HTTP client. */
class PortalServerTest {

    @TempDir
    static Path dataDir;

    private static TestPortal portal;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (portal != null) portal.close();
        if (http != null) http.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(portal.uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() throws Exception {
        var res = get("/health");
        assertAll(
                () -> assertEquals(200, res.statusCode(), res.body()),
                () -> assertTrue(res.body().contains("\"UP\""), res.body()),
                () -> assertTrue(res.body().contains("\"database\""), "the database check is listed: " + res.body()));
    }

    @Test
    void readinessIsUp() throws Exception {
        var res = get("/observe/health/ready");
        assertEquals(200, res.statusCode(), res.body());
        assertTrue(res.body().contains("\"UP\""), res.body());
        assertTrue(res.body().contains("\"database\""), res.body());
        assertEquals(200, get("/health/ready").statusCode(), "the short /health/ready alias");
        assertEquals(200, get("/observe/health/live").statusCode());
    }

    @Test
    void metricsAreServed() throws Exception {
        var res = get("/metrics");
        assertEquals(200, res.statusCode(), res.body());
        assertTrue(!res.body().isBlank(), "empty metrics");
        assertEquals(200, get("/observe/metrics").statusCode());
    }

    @Test
    void homePageHasTheFrenchLayoutOfTheDemoTown() throws Exception {
        var res = get("/");
        String body = res.body();
        assertAll(
                () -> assertEquals(200, res.statusCode()),
                () -> assertEquals("text/html; charset=UTF-8", res.headers().firstValue("Content-Type").orElse("")),
                () -> assertTrue(body.contains("<html lang=\"fr\">")),
                () -> assertTrue(body.contains("<title>Accueil – Portail Famille – Ville de Beaulieu-sur-Orge</title>"), body),
                () -> assertTrue(body.contains("PORTAIL FAMILLE – VILLE DE BEAULIEU-SUR-ORGE")),
                () -> assertTrue(body.contains("espace.services@beaulieu-sur-orge.example")),
                () -> assertTrue(body.contains("01 64 00 00 00")),
                () -> assertTrue(res.headers().firstValue("Content-Security-Policy").isPresent(), "CSP header"));
    }

    @Test
    void unknownPageIsTheFrenchNotFound() throws Exception {
        var res = get("/nulle-part");
        assertEquals(404, res.statusCode());
        assertTrue(res.body().contains("Page introuvable"));
    }

    @Test
    void stylesheetIsServed() throws Exception {
        var res = get("/static/portail.css");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                res.headers().firstValue("Content-Type").orElse("(none)"));
        assertTrue(res.body().contains(".skip-link"));
    }

    @Test
    void logoOfTheDemoTownIsServed() throws Exception {
        var res = get("/static/logo-ville.svg");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }

    @Test
    void htmxScriptOfTheLayoutIsServed() throws Exception {
        var matcher = Pattern.compile("<script src=\"([^\"]*htmx[^\"]*)\"").matcher(get("/").body());
        assertTrue(matcher.find(), "the layout loads htmx");
        String path = matcher.group(1);
        assertTrue(path.startsWith("/webjars/htmx.org/"), path);
        var res = get(path);
        assertEquals(200, res.statusCode(), path);
        assertTrue(res.headers().firstValue("Content-Type").orElse("").contains("javascript"),
                res.headers().firstValue("Content-Type").orElse("(none)"));
        assertTrue(res.body().contains("htmx"), "not the htmx script");
    }
}
