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

    private static HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + portal.portal().managementPort() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publicHealthSaysUpAndNothingElse() throws Exception {
        for (String path : java.util.List.of("/health", "/health/ready", "/health/live")) {
            var res = get(path);
            assertEquals(200, res.statusCode(), path);
            assertEquals("{\"status\":\"UP\"}", res.body(), path);
        }
        assertEquals(404, get("/metrics").statusCode(), "metrics are not public");
        assertEquals(404, get("/observe/health").statusCode());
    }

    @Test
    void theManagementSocketHasTheDetailsAndTheMetrics() throws Exception {
        var res = management("/health");
        assertAll(
                () -> assertEquals(200, res.statusCode(), res.body()),
                () -> assertTrue(res.body().contains("\"UP\""), res.body()),
                () -> assertTrue(res.body().contains("\"database\""), "the database check is listed: " + res.body()));
        assertTrue(management("/observe/health/ready").body().contains("\"database\""));
        assertEquals(200, management("/health/live").statusCode());
        var metrics = management("/metrics");
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(!metrics.body().isBlank(), "empty metrics");
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
