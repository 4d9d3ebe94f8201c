package fr.portailfamille.apiparticulier;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Particulier's quotient familial (v2, identity pivot) for the tests and the demo, on the JDK's HTTP server. The
 * allocataire is recognised by birth name: DUPONT (CAF, 640 €, last month) and MARTIN (MSA, 1 300 €) are found,
 * ERREUR gets a 503, LENT answers after {@link #slowness} (longer than the adapter waits), any other name 404. The
 * town's token must come in {@code X-Api-Key}. Nobody real is ever looked up.
 */
public final class ApiParticulierSimulator {

    public static final String TOKEN = "jeton-du-simulateur-api-particulier";
    public static final String PATH = "/api/v2/composition-familiale-v2";

    /** What the CAF or the MSA knows of an allocataire. */
    public record Known(int euros, String regime, YearMonth month) {
    }

    private final InetSocketAddress address;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final List<Map<String, List<String>>> queries = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Duration slowness = Duration.ofSeconds(15);
    private volatile boolean down;
    private HttpServer server;
    private ExecutorService handlers;

    /** On the loopback interface; port 0 picks a free one. */
    public ApiParticulierSimulator(int port, Clock clock) {
        this.address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        this.clock = clock;
        YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris"))).minusMonths(1);
        knows("DUPONT", new Known(640, "CNAF", lastMonth));
        knows("MARTIN", new Known(1300, "MSA", lastMonth));
    }

    public ApiParticulierSimulator knows(String birthName, Known what) {
        known.put(birthName.toUpperCase(Locale.ROOT), what);
        return this;
    }

    public ApiParticulierSimulator start() {
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) server.stop(0);
        if (handlers != null) handlers.shutdownNow();
    }

    public String url() {
        return "http://" + address.getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The settings a portal uses to ask this simulator. */
    public Map<String, String> settings() {
        return Map.of("API_PARTICULIER_URL", url(), "API_PARTICULIER_TOKEN", TOKEN, "API_PARTICULIER_QUOTIENT_PATH", PATH);
    }

    public void slowness(Duration slowness) {
        this.slowness = slowness;
    }

    /** While down, every request gets a 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /** The queries received, each parameter with its values, for tests. */
    public List<Map<String, List<String>>> queries() {
        return List.copyOf(queries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                send(exchange, 503, error("50301", "Service indisponible"));
                return;
            }
            if (!exchange.getRequestURI().getPath().equals(PATH) || !exchange.getRequestMethod().equals("GET")) {
                send(exchange, 404, error("00404", "Adresse inconnue"));
                return;
            }
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                send(exchange, 401, error("00101", "Jeton d'accès absent ou invalide"));
                return;
            }
            var query = query(exchange.getRequestURI().getRawQuery());
            queries.add(query);
            String name = Optional.ofNullable(query.get("nomNaissance")).map(List::getFirst).orElse("").toUpperCase(Locale.ROOT);
            switch (name) {
                case "ERREUR" -> send(exchange, 503, error("37999", "Erreur du fournisseur de données"));
                case "LENT" -> {
                    sleep(slowness);
                    send(exchange, 200, found(new Known(500, "CNAF", YearMonth.now(clock.withZone(ZoneId.of("Europe/Paris"))))));
                }
                default -> {
                    var what = known.get(name);
                    if (what == null) send(exchange, 404, error("37003", "Dossier allocataire absent"));
                    else send(exchange, 200, found(what));
                }
            }
        }
    }

    private static String found(Known what) {
        var body = new LinkedHashMap<String, Object>();
        body.put("regime", what.regime());
        body.put("quotientFamilial", what.euros());
        body.put("annee", what.month().getYear());
        body.put("mois", what.month().getMonthValue());
        body.put("allocataires", List.of());
        body.put("enfants", List.of());
        return JSONObjectUtils.toJSONString(body);
    }

    private static String error(String code, String title) {
        return JSONObjectUtils.toJSONString(Map.of("errors", List.of(Map.of("code", code, "title", title, "detail", title))));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, List<String>> query(String raw) {
        var values = new LinkedHashMap<String, List<String>>();
        if (raw == null || raw.isEmpty()) return values;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
