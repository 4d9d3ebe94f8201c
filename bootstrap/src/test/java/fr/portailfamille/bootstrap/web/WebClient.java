package fr.portailfamille.bootstrap.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript for HTTP-level tests: keeps cookies, follows redirects, sends the CSRF field of forms. */
public final class WebClient {

    public record Page(int status, String body, URI uri) {
        /** Whether the page shows this text (apostrophes and quotes as the browser shows them). */
        public boolean contains(String text) {
            return body.replace("&#39;", "'").replace("&quot;", "\"").contains(text);
        }
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastCsrf;
    private String forwardedFor;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A client signed in through the real sign-in form; fails the test when the portal does not greet it. */
    public static WebClient signedIn(int port, String identifier, String password) {
        var client = new WebClient(port);
        client.get("/connexion");
        var home = client.post("/connexion", Map.of("identifier", identifier, "password", password));
        if (home.status() != 200 || !home.contains("Bonjour")) {
            throw new AssertionError("sign-in of " + identifier + " failed: " + home.status() + "\n" + home.body());
        }
        return client;
    }

    /** Presses «Commencer» on the démarche of this title in «Mes démarches», as a parent does; returns the draft's address. */
    public String startDemarche(String title) {
        var list = get("/demarches");
        var form = Pattern.compile("name=\"form\" value=\"(\\d+)\">\\s*<p><strong>" + Pattern.quote(title)).matcher(list.body());
        if (!form.find()) throw new AssertionError("no démarche «" + title + "» to start in:\n" + list.body());
        return post("/demarches/nouvelle", Map.of("form", form.group(1))).uri().getPath();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts a form with the CSRF token of the last page seen (as a browser would). */
    public Page post(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        if (lastCsrf != null) all.putIfAbsent("_csrf", lastCsrf);
        return postRaw(path, all);
    }

    /** Posts fields that may repeat (ticked checkboxes of one name), with the CSRF token of the last page seen. */
    public Page postAll(String path, java.util.List<Map.Entry<String, String>> fields) {
        var all = new java.util.ArrayList<Map.Entry<String, String>>();
        if (lastCsrf != null) all.add(Map.entry("_csrf", lastCsrf));
        all.addAll(fields);
        String body = all.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form to another site (a provider's page), with this client's cookies; redirects back to the portal are followed. */
    public Page postTo(URI address, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts exactly these fields, without adding the CSRF token. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a {@code multipart/form-data} form with one file, as a browser sends a form with a file field, with the
     * CSRF token of the last page seen.
     */
    public Page postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----PortailFamilleTest" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<String, String>();
        if (lastCsrf != null) all.put("_csrf", lastCsrf);
        all.putAll(fields);
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A download: status, headers and bytes as they come. */
    /** A ZIP's entries by name (the archive «Télécharger mes données» sends). */
    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) entries.put(entry.getName(), in.readAllBytes());
        }
        return entries;
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** Every request from now on says, as a reverse proxy would, that it comes from {@code address}. */
    public WebClient forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
        lastCsrf = null;
    }

    private Page send(HttpRequest asked) {
        var request = forwardedFor == null ? asked
                : HttpRequest.newBuilder(asked, (name, value) -> true).header("X-Forwarded-For", forwardedFor).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var matcher = CSRF_FIELD.matcher(response.body());
            if (matcher.find()) lastCsrf = matcher.group(1);
            return new Page(response.statusCode(), response.body(), response.uri());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
