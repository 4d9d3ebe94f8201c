package fr.portailfamille.payment.payfip;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A PayFiP server for the tests and the demo, on the JDK's HTTP server: the SOAP endpoint ({@link SimulatorSoap}
 * ({@code /tpa/services/securite}: the three operations, the §7 shapes, faults R3, A1, A2, M1, M3, M5, N1, D1, S1,
 * T1, T2, P1, P5), over the payments of {@link SimulatedPayments}) and a French payment page ({@code /tpa/paiementws.web?idop=…}) whose buttons «Payer», «Refuser»,
 * «Abandonner» record P, R or A, POST {@code idOp=…} to the notification URL (in the background, best effort) and
 * send the browser back (303) to the return URL with {@code idop} appended. No real payment is ever made.
 * <p>
 * Its clock is injected so that tests can age payments: the page closes 15 minutes after creation (P5 for ever
 * after), and a payment is purged (P1) a day after creation.
 */
public final class PayfipSimulator {

    static final String SOAP_PATH = "/tpa/services/securite";
    static final String PAGE_PATH = "/tpa/paiementws.web";

    /** What happens to the notification after a choice on the page. */
    public enum Notification {
        /** POSTed once, as PayFiP does. */
        SEND,
        /** Lost: only a status query (the reconciliation job) can settle the payment. */
        DROP,
        /** POSTed twice, to test idempotency. */
        TWICE
    }

    /** A SOAP request as received, for tests that check what the gateway sends. */
    public record ReceivedRequest(String soapAction, String contentType, String body) {
    }

    private final InetSocketAddress address;
    private final SimulatedPayments payments;
    private final SimulatorSoap soap;
    private final SecureRandom random = new SecureRandom();
    private volatile Notification notification = Notification.SEND;
    private HttpServer server;
    private ExecutorService handlers;
    private ExecutorService notifier;
    private HttpClient notifyClient;

    /** On the loopback interface; port 0 picks a free one. Knows the demo cash office 012345. */
    public PayfipSimulator(int port, Clock clock) {
        this(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), clock);
    }

    public PayfipSimulator(InetSocketAddress address, Clock clock) {
        this.address = Objects.requireNonNull(address, "address");
        this.payments = new SimulatedPayments(Objects.requireNonNull(clock, "clock"));
        this.soap = new SimulatorSoap(payments);
        addClient("012345", "COMMUNE DE DEMOVILLE", "REGIE PERISCOLAIRE", "");
    }

    /** A cash office the simulator knows; an unknown client number is refused with T2. */
    public PayfipSimulator addClient(String numcli, String libelleN1, String libelleN2, String libelleN3) {
        payments.addClient(new SimulatedPayments.Client(numcli, libelleN1, libelleN2, libelleN3));
        return this;
    }

    public synchronized PayfipSimulator start() {
        if (server != null) throw new IllegalStateException("simulator already started");
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        notifier = Executors.newVirtualThreadPerTaskExecutor();
        notifyClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        server.setExecutor(handlers);
        server.createContext("/", this::route);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server == null) return;
        server.stop(0);
        handlers.shutdownNow();
        notifier.shutdownNow();
        notifyClient.shutdownNow();
        server = null;
    }

    public synchronized int port() {
        if (server == null) throw new IllegalStateException("simulator not started");
        return server.getAddress().getPort();
    }

    /** The gateway's settings to talk to this simulator, once started. */
    public PayfipSettings settings(fr.portailfamille.application.payment.PaymentMode mode) {
        return new PayfipSettings(endpoint(), paymentPage(), mode, PayfipSettings.DEFAULT_TIMEOUT);
    }

    public URI endpoint() {
        return base().resolve(SOAP_PATH);
    }

    public URI paymentPage() {
        return base().resolve(PAGE_PATH);
    }

    private URI base() {
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public void notification(Notification mode) {
        notification = Objects.requireNonNull(mode);
    }

    /** While set, every SOAP call answers a TechIndisponibiliteErreur fault. */
    public void technicalFailure(boolean value) {
        soap.technicalFailure(value);
    }

    /** SOAP requests received so far, oldest first. */
    public List<ReceivedRequest> receivedRequests() {
        return soap.received();
    }

    // ---------------------------------------------------------------- routing

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(SOAP_PATH) && method.equals("POST")) soap.handle(exchange);
            else if (path.equals(SOAP_PATH) && method.equals("GET") && "wsdl".equalsIgnoreCase(exchange.getRequestURI().getQuery())) wsdl(exchange);
            else if (path.equals(PAGE_PATH) && method.equals("GET")) page(exchange);
            else if (path.equals(PAGE_PATH) && method.equals("POST")) choose(exchange);
            else send(exchange, 404, "text/html; charset=utf-8", SimulatorPages.message("Page introuvable",
                    "Cette adresse n'existe pas sur le simulateur PayFiP.").getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // a bug in the simulator must show in the test's output, not as a hung connection
            e.printStackTrace();
            throw e;
        }
    }

    private void wsdl(HttpExchange exchange) throws IOException {
        try (InputStream in = PayfipSimulator.class.getResourceAsStream("PaiementSecuriseService.wsdl")) {
            if (in == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "pas de WSDL".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String wsdl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@ENDPOINT@", endpoint().toString());
            send(exchange, 200, "text/xml; charset=utf-8", wsdl.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- payment page

    private void page(HttpExchange exchange) throws IOException {
        String idOp = query(exchange.getRequestURI().getRawQuery()).get("idop");
        SimulatedPayments.Payment p = payments.alive(idOp);
        String refusal = payments.pageRefusal(p);
        if (refusal != null) {
            html(exchange, p == null ? 404 : 409, SimulatorPages.message("Paiement impossible", refusal));
            return;
        }
        var r = p.request();
        html(exchange, 200, SimulatorPages.payment(p.idOp(), r.get("montant"), r.get("objet"), r.get("refdet"), r.get("mel"),
                "T".equals(r.get("saisie"))));
    }

    private void choose(HttpExchange exchange) throws IOException {
        var form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String idOp = form.get("idop");
        String choice = form.getOrDefault("resultat", "");
        if (!List.of("P", "V", "R", "Z", "A").contains(choice)) {
            html(exchange, 400, SimulatorPages.message("Choix invalide", "Choisissez « Payer », « Refuser » ou « Abandonner »."));
            return;
        }
        SimulatedPayments.Payment p = payments.alive(idOp);
        String refusal = payments.pageRefusal(p);
        if (refusal == null) {
            String numauto = choice.equals("P") || choice.equals("V") ? authorisationNumber() : null;
            // single use: the first choice wins, a second tab gets the «already done» page
            if (!payments.decide(idOp, choice, numauto)) refusal = "Cette opération de paiement est déjà terminée.";
        }
        if (refusal != null) {
            html(exchange, p == null ? 404 : 409, SimulatorPages.message("Paiement impossible", refusal));
            return;
        }
        notifyPortal(p.request().get("urlnotif"), idOp);
        exchange.getResponseHeaders().set("Location", returnUrl(p.request().get("urlredirect"), idOp));
        send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
    }

    private String authorisationNumber() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        var sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }

    /** The return URL with {@code idop} appended, its own query (and fragment) kept. */
    static String returnUrl(String url, String idOp) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        return base + (base.contains("?") ? "&" : "?") + "idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8) + fragment;
    }

    private void notifyPortal(String url, String idOp) {
        int times = switch (notification) {
            case SEND -> 1;
            case DROP -> 0;
            case TWICE -> 2;
        };
        for (int i = 0; i < times; i++) {
            notifier.submit(() -> {
                try {
                    var request = HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("idOp=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8)))
                            .build();
                    notifyClient.send(request, HttpResponse.BodyHandlers.discarding());
                } catch (IOException | RuntimeException e) {
                    System.getLogger(PayfipSimulator.class.getName())
                            .log(System.Logger.Level.INFO, "notification PayFiP simulée perdue vers {0} : {1}", url, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    // ---------------------------------------------------------------- HTTP helpers

    private static Map<String, String> query(String raw) {
        var map = new HashMap<String, String>();
        if (raw == null || raw.isEmpty()) return map;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            map.putIfAbsent(key, value);
        }
        return map;
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) exchange.getResponseBody().write(body);
    }
}
