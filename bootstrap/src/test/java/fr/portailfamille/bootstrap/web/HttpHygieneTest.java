package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What crawlers, scanners and broken clients send: answered as HTTP says, in French, never with a 500 or a blank page. */
class HttpHygieneTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static HttpClient http;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        portal.close();
        http.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One request written by hand (what HttpClient refuses to send), the whole answer read back. */
    static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", portal.portal().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void headAnswersAsGetWithoutABody() throws Exception {
        for (String path : new String[] {"/", "/aide", "/connexion", "/static/portail.css", "/favicon.ico"}) {
            var get = send(HttpRequest.newBuilder(portal.uri(path)).GET());
            var head = send(HttpRequest.newBuilder(portal.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(200, head.statusCode(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertEquals("", head.body(), path);
        }
        assertEquals(404, send(HttpRequest.newBuilder(portal.uri("/nulle-part")).method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void theFaviconIsAnIcon() throws Exception {
        var res = http.send(HttpRequest.newBuilder(portal.uri("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode());
        assertEquals(0, res.body()[0]);
        assertEquals(1, res.body()[2], "an ICO file");
    }

    static void assertFrench400(HttpResponse<String> res) {
        assertEquals(400, res.statusCode(), res.body());
        assertTrue(res.body().replace("&#39;", "'").contains("La demande envoyée n'est pas valide"), res.body());
        assertTrue(res.body().contains("lang=\"fr\""), res.body());
    }

    @Test
    void aFormWithABrokenEscapeIsA400InFrench() throws Exception {
        assertFrench400(send(HttpRequest.newBuilder(portal.uri("/connexion")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("identifier=%E9%zz&password=%"))));
    }

    @Test
    void aFormInAnUnknownCharsetIsA400InFrench() throws Exception {
        assertFrench400(send(HttpRequest.newBuilder(portal.uri("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=x-inconnu-du-portail")
                .POST(HttpRequest.BodyPublishers.ofString("identifier=a&password=b"))));
    }

    @Test
    void aTruncatedUploadIsA400InFrench() throws Exception {
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n--XYZ\r\n"
                + "Content-Disposition: form-data; name=\"piece\"; filename=\"certificat.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 début";
        assertFrench400(send(HttpRequest.newBuilder(portal.uri("/messagerie/nouveau"))
                .header("Content-Type", "multipart/form-data; boundary=XYZ").POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    @Test
    void aBodyThatNeverArrivesIsNotA500() throws Exception {
        // the client announces more than it sends, then stops
        String answer = raw("POST /messagerie/nouveau HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=XYZ\r\n"
                + "Content-Length: 5000\r\nConnection: close\r\n\r\n--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb");
        assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer);
    }

    @Test
    void aTooLongAddressGetsTheFrench414Page() throws Exception {
        String answer = raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 414"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains("Adresse trop longue"), answer);
    }

    @Test
    void aTooLargeBodyGetsTheFrench413Page() throws Exception {
        String answer = raw("POST /connexion HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 50000000\r\nConnection: close\r\n\r\nidentifier=a");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains("Envoi trop volumineux"), answer);
    }
}
