package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The PayFiP notification endpoint over HTTP: one address flooding it gets 429 beyond its quota a minute. */
class PaymentNoticeRateLimitWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void a_flood_of_notices_from_one_address_is_answered_429_beyond_the_quota() throws Exception {
        var http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 125; i++) {
            var request = HttpRequest.newBuilder(portal.uri("/paiement/notification")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("idOp=forged-" + i)).build();
            statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertEquals(120, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(List.of(429, 429, 429, 429, 429), statuses.subList(120, 125));
    }
}
