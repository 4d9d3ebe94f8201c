package fr.portailfamille.web;

import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.application.town.InMemoryTownRepository;
import fr.portailfamille.web.info.InfoPages;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two places: two slow requests hold them, the third visitor reads «Forte affluence», style and health still answer. */
class AdmissionLimitTest {

    private final CountDownLatch entered = new CountDownLatch(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private WebServer server;
    private HttpClient http;

    @BeforeEach
    void start() {
        var towns = new InMemoryTownRepository();
        towns.save(PortalWebRoutingTest.TOWN);
        List<PortalWeb.Area> areas = List.of(
                new InfoPages(List::of, fr.portailfamille.web.info.Dashboard.NONE, fr.portailfamille.web.info.Dashboard.NONE),
                (table, pages) -> table.get("/essai/lent", Access.PUBLIC, ex -> {
                    entered.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Pages.html(ex.response(), Status.OK_200, "<!DOCTYPE html><p>servi</p>");
                }));
        var web = new PortalWeb(new PortalWeb.Settings(false, false, new AdmissionLimit(2, Duration.ofMillis(100), 7)),
                new CurrentTown(towns), VisitorSource.NOBODY, () -> true, areas);
        var builder = WebServer.builder().port(0);
        web.setup(builder);
        server = builder.build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (http != null) http.close();
        if (server != null) server.stop();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).timeout(Duration.ofSeconds(20)).GET().build();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(get(path), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beyondTheLimitVisitorsAreAskedToComeBackInFrenchAndTheAdmittedAreServed() throws Exception {
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(get("/essai/lent"), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> second = http.sendAsync(get("/essai/lent"), HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(10, TimeUnit.SECONDS), "both slow requests are being served");

        var refused = send("/");
        assertAll(
                () -> assertEquals(503, refused.statusCode()),
                () -> assertEquals("7", refused.headers().firstValue("Retry-After").orElse(""), "Retry-After"),
                () -> assertTrue(refused.body().contains("Forte affluence : réessayez dans 7 secondes"), refused.body()),
                () -> assertTrue(refused.body().contains("<html lang=\"fr\">"), "lang=\"fr\""),
                () -> assertFalse(refused.body().contains("<script"), "no JavaScript needed"),
                () -> assertEquals("text/html; charset=UTF-8", refused.headers().firstValue("Content-Type").orElse("")),
                () -> assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent(), "security headers too"));

        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/")).timeout(Duration.ofSeconds(20))
                .header("Cookie", "pf_result=une-reponse").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "the answer page of an applied form is not refused: its bookings were made");
        var resent = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/")).timeout(Duration.ofSeconds(20))
                .header("Cookie", "pf_result=une-reponse").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, resent.statusCode(), "a form sent with that cookie is refused like any other");
        assertEquals(200, send("/static/portail.css").statusCode(), "the refusal page keeps its style");
        assertEquals(200, send("/health").statusCode(), "health stays outside the limit");

        release.countDown();
        assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals("<!DOCTYPE html><p>servi</p>", second.get(20, TimeUnit.SECONDS).body());
        assertEquals(200, send("/").statusCode(), "the places are given back");
    }

    @Test
    void staticFilesAndHealthAreExempt() {
        assertAll(
                () -> assertTrue(AdmissionLimit.exempt("/static/portail.css")),
                () -> assertTrue(AdmissionLimit.exempt("/health")),
                () -> assertTrue(AdmissionLimit.exempt("/observe/health/ready")),
                () -> assertFalse(AdmissionLimit.exempt("/planning")),
                () -> assertFalse(AdmissionLimit.exempt("/")),
                () -> assertFalse(AdmissionLimit.exempt("/healthy-looking-page")));
    }
}
