package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.application.payment.PaymentStart;
import fr.portailfamille.application.payment.PaymentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the PayFiP adapter does beyond the port's contract: codes, envelopes, timeouts, notification, configuration check. */
class PayfipGatewayTest {

    private static final String SVC = PayfipSoap.SERVICE_NS;
    private static final String RETURN_URL = "https://portail.exemple.fr/paiement/retour";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-14T16:40:00Z"));
    private final Payer payer = new Payer();
    private NotificationReceiver receiver;
    private PayfipSimulator simulator;
    private PayfipGateway gateway;

    @BeforeEach
    void setUp() {
        receiver = new NotificationReceiver();
        simulator = new PayfipSimulator(0, clock).start();
        gateway = new PayfipGateway(simulator.settings(PaymentMode.TEST));
    }

    @AfterEach
    void tearDown() {
        simulator.stop();
        receiver.close();
    }

    private PaymentOrder order(String reference, long cents, String email) {
        return new PaymentOrder("012345", 2025, reference, cents, email, "Cantine octobre 2025", PaymentMode.TEST,
                receiver.url(), RETURN_URL, clock.instant());
    }

    private PaymentOrder order() {
        return order("FAC2025100042", 4250, "parent@example.org");
    }

    @Test
    void a_four_character_reference_is_rejected_with_r3_and_a_french_message() {
        var rejected = assertInstanceOf(PaymentStart.Rejected.class, gateway.start(order("AB12", 4250, "parent@example.org")));
        assertEquals("R3", rejected.code());
        assertTrue(rejected.frenchMessage().contains("référence"), rejected.frenchMessage());
    }

    @Test
    void an_invalid_email_is_rejected_with_a2() {
        var rejected = assertInstanceOf(PaymentStart.Rejected.class, gateway.start(order("FAC2025100042", 4250, "parent.example.org")));
        assertEquals("A2", rejected.code());
    }

    @Test
    void an_amount_below_one_euro_is_rejected_with_m3() {
        assertEquals("M3", assertInstanceOf(PaymentStart.Rejected.class, gateway.start(order("FAC2025100042", 99, "p@example.org"))).code());
    }

    @Test
    void the_creation_envelope_has_the_xsd_order_unqualified_fields_and_a_quoted_empty_soap_action() throws Exception {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        var request = simulator.receivedRequests().getLast();
        assertEquals("\"\"", request.soapAction());
        assertTrue(request.contentType().startsWith("text/xml"), request.contentType());

        Element envelope = parse(request.body());
        assertEquals(PayfipSoap.ENVELOPE_NS, envelope.getNamespaceURI());
        assertEquals("Envelope", envelope.getLocalName());
        List<Element> parts = children(envelope);
        assertEquals(List.of("Header", "Body"), parts.stream().map(Element::getLocalName).toList());
        Element op = children(parts.get(1)).getFirst();
        assertEquals(SVC, op.getNamespaceURI());
        assertEquals("creerPaiementSecurise", op.getLocalName());
        Element arg0 = children(op).getFirst();
        assertEquals("arg0", arg0.getLocalName());
        assertNull(arg0.getNamespaceURI(), "arg0 is unqualified");
        List<Element> fields = children(arg0);
        assertEquals(List.of("exer", "mel", "montant", "numcli", "objet", "refdet", "saisie", "urlnotif", "urlredirect"),
                fields.stream().map(Element::getLocalName).toList());
        fields.forEach(f -> assertNull(f.getNamespaceURI(), f.getLocalName() + " is unqualified"));
        assertEquals(List.of("2025", "parent@example.org", "4250", "012345", "Cantine octobre 2025", "FAC2025100042", "T",
                receiver.url(), RETURN_URL), fields.stream().map(Node::getTextContent).toList());
        assertTrue(request.body().startsWith("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:pai=\"" + SVC + "\"><soapenv:Header/><soapenv:Body><pai:creerPaiementSecurise><arg0><exer>2025</exer>"), request.body());

        gateway.status(started.providerPaymentId(), order(), clock.instant());
        Element detailArg0 = children(children(children(parse(simulator.receivedRequests().getLast().body())).get(1)).getFirst()).getFirst();
        assertEquals(List.of("idOp"), children(detailArg0).stream().map(Element::getLocalName).toList());
    }

    @Test
    void the_label_is_sent_as_plain_ascii() {
        var order = new PaymentOrder("012345", 2025, "FAC2025100042", 4250, "p@example.org", "Accueil périscolaire – été 2025 (n°2)",
                PaymentMode.TEST, receiver.url(), RETURN_URL, clock.instant());
        gateway.start(order);
        assertTrue(simulator.receivedRequests().getLast().body().contains("<objet>Accueil periscolaire ete 2025 n 2</objet>"));
    }

    @Test
    void the_page_shows_the_amount_in_french_and_three_buttons_in_an_accessible_french_page() {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order("FAC2025100042", 123456, "p@example.org")));
        assertEquals(simulator.paymentPage() + "?idop=" + started.providerPaymentId(), started.redirectUrl());
        var page = payer.open(started.redirectUrl());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertEquals(1, html.split("<main>", -1).length - 1);
        assertEquals(1, html.split("<h1>", -1).length - 1);
        assertTrue(html.contains("1\u202F234,56\u00A0€"), html);
        assertTrue(html.contains("Cantine octobre 2025"));
        for (String button : List.of(">Payer</button>", ">Refuser</button>", ">Abandonner</button>")) assertTrue(html.contains(button), button);
        assertTrue(html.contains("<form method=\"post\""));
        assertTrue(!html.contains("<script"), "works without JavaScript");
    }

    @Test
    void paying_posts_only_the_id_to_the_notification_url_and_redirects_with_idop() throws Exception {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        payer.choose(started, "P", RETURN_URL);
        var notification = receiver.next(Duration.ofSeconds(5));
        assertNotNull(notification, "notification received");
        assertEquals("idOp=" + started.providerPaymentId(), notification.body());
        assertTrue(notification.contentType().startsWith("application/x-www-form-urlencoded"));
        var paid = assertInstanceOf(PaymentStatus.Paid.class, gateway.status(started.providerPaymentId(), order(), clock.instant()));
        assertEquals(6, paid.authorisationNumber().length());
        assertEquals(Instant.parse("2025-11-14T16:40:00Z"), paid.paidAt(), "dattrans/heurtrans read in Europe/Paris");
    }

    @Test
    void a_dropped_notification_leaves_only_the_status_query_and_a_repeated_one_comes_twice() throws Exception {
        simulator.notification(PayfipSimulator.Notification.DROP);
        var dropped = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        payer.choose(dropped, "P", RETURN_URL);
        assertNull(receiver.next(Duration.ofMillis(300)));
        assertInstanceOf(PaymentStatus.Paid.class, gateway.status(dropped.providerPaymentId(), order(), clock.instant()));

        simulator.notification(PayfipSimulator.Notification.TWICE);
        var twice = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        payer.choose(twice, "R", RETURN_URL);
        assertEquals("idOp=" + twice.providerPaymentId(), receiver.next(Duration.ofSeconds(5)).body());
        assertEquals("idOp=" + twice.providerPaymentId(), receiver.next(Duration.ofSeconds(5)).body());
    }

    @Test
    void the_return_url_keeps_its_own_query() {
        assertEquals("https://p.fr/retour?facture=12&idop=abc", PayfipSimulator.returnUrl("https://p.fr/retour?facture=12", "abc"));
        assertEquals("https://p.fr/retour?idop=abc#haut", PayfipSimulator.returnUrl("https://p.fr/retour#haut", "abc"));
    }

    @Test
    void an_id_is_single_use_and_the_page_closes_after_fifteen_minutes() {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        payer.choose(started, "R", RETURN_URL);
        var again = payer.post(simulator.paymentPage(), "idop=" + started.providerPaymentId() + "&resultat=P");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("déjà terminée"));
        assertInstanceOf(PaymentStatus.Refused.class, gateway.status(started.providerPaymentId(), order(), clock.instant()));

        var late = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        var lateOrder = order();
        clock.advance(Duration.ofMinutes(15));
        var closed = payer.open(late.redirectUrl());
        assertEquals(409, closed.statusCode());
        assertTrue(closed.body().contains("délai de paiement est dépassé"));
        assertEquals(409, payer.post(simulator.paymentPage(), "idop=" + late.providerPaymentId() + "&resultat=P").statusCode());
        assertInstanceOf(PaymentStatus.Pending.class, gateway.status(late.providerPaymentId(), lateOrder, clock.instant()), "P5 under 20 min");
        clock.advance(Duration.ofMinutes(5));
        assertInstanceOf(PaymentStatus.Expired.class, gateway.status(late.providerPaymentId(), lateOrder, clock.instant()));
        assertEquals(404, payer.open(simulator.paymentPage() + "?idop=inconnu").statusCode());
    }

    @Test
    void a_payment_is_purged_after_a_day_and_then_answers_p1() throws Exception {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        clock.advance(Duration.ofDays(1));
        var answer = rawSoap("<pai:recupererDetailPaiementSecurise><arg0><idOp>" + started.providerPaymentId()
                + "</idOp></arg0></pai:recupererDetailPaiementSecurise>");
        assertTrue(answer.contains("<code>P1</code>"), answer);
    }

    @Test
    void the_simulator_reads_any_prefix_and_field_order_and_checks_the_amount_format() throws Exception {
        String request = "<x:creerPaiementSecurise xmlns:x=\"" + SVC + "\"><arg0><refdet>FAC2025100042</refdet><numcli>012345</numcli>"
                + "<montant>%s</montant><mel>p@example.org</mel><exer>2025</exer><saisie>T</saisie>"
                + "<urlnotif>https://p.fr/n</urlnotif><urlredirect>https://p.fr/r</urlredirect></arg0></x:creerPaiementSecurise>";
        assertTrue(rawSoap(request.formatted("4250")).contains("<idOp>"));
        String m1 = rawSoap(request.formatted("42,50"));
        assertTrue(m1.contains("<code>M1</code>") && m1.contains("<faultcode>S:Server</faultcode>"), m1);
        assertTrue(rawSoap(request.formatted("99")).contains("<code>M3</code>"));
        var lowercase = rawSoap("<pai:recupererDetailPaiementSecurise><arg0><idop>x</idop></arg0></pai:recupererDetailPaiementSecurise>");
        assertTrue(lowercase.contains("<code>P1</code>"), "a lowercase idop is not read");
    }

    @Test
    void a_stopped_simulator_is_unavailable_within_the_timeout() {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        simulator.stop();
        long begin = System.nanoTime();
        assertInstanceOf(PaymentStart.Unavailable.class, gateway.start(order()));
        assertInstanceOf(PaymentStatus.Unknown.class, gateway.status(started.providerPaymentId(), order(), clock.instant()));
        assertTrue(Duration.ofNanos(System.nanoTime() - begin).compareTo(PayfipSettings.DEFAULT_TIMEOUT) < 0);
    }

    @Test
    void a_server_that_never_answers_is_unavailable_after_the_timeout() throws Exception {
        try (var silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var accepted = new ArrayList<Socket>();
            var acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) accepted.add(silent.accept()); // accept and never answer
                } catch (Exception ignored) {
                    // closed at the end of the test
                }
            });
            var settings = new PayfipSettings(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/tpa/services/securite"),
                    simulator.paymentPage(), PaymentMode.TEST, Duration.ofSeconds(1));
            long begin = System.nanoTime();
            var unavailable = assertInstanceOf(PaymentStart.Unavailable.class, new PayfipGateway(settings).start(order()));
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            // the silent server never answers: only the 1 s timeout ends the call (no upper bound: a loaded machine is slow)
            assertTrue(took.compareTo(Duration.ofMillis(900)) > 0, took.toString());
            assertTrue(unavailable.reason().contains("Timeout"), unavailable.reason());
            acceptor.interrupt();
        }
    }

    @Test
    void a_technical_fault_is_unavailable_and_the_status_unknown() {
        var started = assertInstanceOf(PaymentStart.Started.class, gateway.start(order()));
        simulator.technicalFailure(true);
        var unavailable = assertInstanceOf(PaymentStart.Unavailable.class, gateway.start(order()));
        assertTrue(unavailable.reason().contains("TechIndisponibiliteErreur"), unavailable.reason());
        clock.advance(Duration.ofHours(1));
        assertInstanceOf(PaymentStatus.Unknown.class, gateway.status(started.providerPaymentId(), order(), clock.instant()));
    }

    @Test
    void an_answer_that_is_no_soap_is_unavailable() throws Exception {
        var settings = new PayfipSettings(URI.create(simulator.paymentPage() + "?idop=x"), simulator.paymentPage(), PaymentMode.TEST,
                Duration.ofSeconds(2));
        var unavailable = assertInstanceOf(PaymentStart.Unavailable.class, new PayfipGateway(settings).start(order()));
        assertTrue(unavailable.reason().contains("illisible"), unavailable.reason());
    }

    @Test
    void the_configuration_check_reads_the_client_labels_or_the_refusal() {
        var known = assertInstanceOf(ClientCheck.Known.class, gateway.checkConfiguration("012345"));
        assertEquals(List.of("COMMUNE DE DEMOVILLE", "REGIE PERISCOLAIRE"), known.labels());
        assertEquals("012345", known.clientNumber());
        simulator.addClient("006281", "COMMUNE DE SAINT-EXEMPLE", "REGIE CANTINE", "ECOLES");
        assertEquals(3, assertInstanceOf(ClientCheck.Known.class, gateway.checkConfiguration("006281")).labels().size());
        assertEquals("T2", assertInstanceOf(ClientCheck.Refused.class, gateway.checkConfiguration("999999")).code());
        simulator.stop();
        assertInstanceOf(ClientCheck.Unavailable.class, gateway.checkConfiguration("012345"));
    }

    @Test
    void the_simulator_serves_the_reconstructed_wsdl() {
        var wsdl = payer.open(simulator.endpoint() + "?wsdl");
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("creerPaiementSecurise") && wsdl.body().contains(simulator.endpoint().toString()));
    }

    private String rawSoap(String bodyContent) throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:pai=\"" + SVC
                + "\"><soapenv:Header/><soapenv:Body>" + bodyContent + "</soapenv:Body></soapenv:Envelope>";
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(simulator.endpoint()).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"").POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelope)).build();
        return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Element parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> children(Element parent) {
        var list = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) list.add(e);
        return list;
    }
}
