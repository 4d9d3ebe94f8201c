package fr.portailfamille.payment.payfip;

import com.sun.net.httpserver.HttpServer;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.application.payment.PaymentStart;
import fr.portailfamille.application.payment.PaymentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static fr.portailfamille.payment.payfip.PayfipFixtures.bytes;
import static fr.portailfamille.payment.payfip.PayfipFixtures.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway against the recorded exchanges, without the simulator: what it sends has the fixture request's shape and
 * values, and it reads the fixture responses (a stub server answers them byte for byte).
 */
class PayfipGatewayFixturesTest {

    static final Instant CREATED = Instant.parse("2025-11-14T16:30:00Z");
    static final PaymentOrder ORDER = new PaymentOrder("012345", 2025, "FAC2025100042", 4250, "parent@example.org",
            "Cantine octobre 2025", PaymentMode.TEST, "https://portail.example.org/payfip/notify",
            "https://portail.example.org/payfip/return", CREATED);
    static final String ID_OP = "5f1c2a10-a1b2-11ef-9c3d-0242ac120002";

    record Received(String soapAction, String contentType, byte[] body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile byte[] answer;
    private volatile int answerStatus;
    private PayfipGateway gateway;

    @BeforeEach
    void stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tpa/services/securite", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("SOAPAction"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes()));
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
            exchange.sendResponseHeaders(answerStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        var base = "http://127.0.0.1:" + server.getAddress().getPort();
        gateway = new PayfipGateway(new PayfipSettings(URI.create(base + "/tpa/services/securite"),
                URI.create("https://www.payfip.gouv.fr/tpa/paiementws.web"), PaymentMode.TEST, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** The stub answers this fixture, with the status JAX-WS RI gives it (500 for a fault, by SOAP 1.1 convention). */
    private void answering(String fixture) {
        answer = bytes(fixture);
        answerStatus = fixture.contains("-fault-") ? 500 : 200;
    }

    private Received onlyRequest() {
        assertEquals(1, received.size());
        var request = received.getFirst();
        assertEquals("\"\"", request.soapAction(), "soapAction=\"\" of the WSDL's binding, quoted");
        assertEquals(true, request.contentType().startsWith("text/xml"), request.contentType());
        return request;
    }

    @Test
    void creer_sends_the_fixture_request_and_reads_the_idop_of_the_fixture_response() {
        answering("creerPaiementSecurise-response.xml");

        var started = (PaymentStart.Started) gateway.start(ORDER);

        assertEquals(shape(bytes("creerPaiementSecurise-request.xml")), shape(onlyRequest().body()));
        assertEquals(ID_OP, started.providerPaymentId());
        assertEquals("https://www.payfip.gouv.fr/tpa/paiementws.web?idop=" + ID_OP, started.redirectUrl());
    }

    @Test
    void a_functional_fault_of_creer_is_a_rejection_with_its_code() {
        answering("creerPaiementSecurise-fault-R3.xml");
        var rejected = (PaymentStart.Rejected) gateway.start(ORDER);
        assertEquals("R3", rejected.code());
    }

    @Test
    void recuperer_sends_the_fixture_request_and_a_card_payment_is_paid_at_the_time_of_the_answer() {
        answering("recupererDetailPaiementSecurise-response-paid.xml");

        var status = gateway.status(ID_OP, ORDER, CREATED.plus(Duration.ofMinutes(15)));

        assertEquals(shape(bytes("recupererDetailPaiementSecurise-request.xml")), shape(onlyRequest().body()));
        var paidAt = ZonedDateTime.of(2025, 11, 14, 17, 42, 0, 0, ZoneId.of("Europe/Paris")).toInstant();
        assertEquals(new PaymentStatus.Paid("A1B2C3", paidAt), status);
    }

    @Test
    void a_refused_card_is_refused() {
        answering("recupererDetailPaiementSecurise-response-refused.xml");
        assertEquals(new PaymentStatus.Refused(), gateway.status(ID_OP, ORDER, CREATED.plus(Duration.ofMinutes(15))));
    }

    @Test
    void no_result_yet_is_pending_while_the_idop_lives_then_expired() {
        answering("recupererDetailPaiementSecurise-fault-P5.xml");
        assertEquals(PaymentStatus.Pending.class, gateway.status(ID_OP, ORDER, CREATED.plus(Duration.ofMinutes(5))).getClass());
        assertEquals(new PaymentStatus.Expired(), gateway.status(ID_OP, ORDER, CREATED.plus(Duration.ofMinutes(25))));
    }

    /** The fixtures agree with each other: the detail answers the created payment, with the order's amount and reference. */
    @Test
    void the_fixtures_tell_one_story() {
        var request = shape(bytes("creerPaiementSecurise-request.xml"));
        var paid = shape(bytes("recupererDetailPaiementSecurise-response-paid.xml"));
        for (String field : List.of("exer", "mel", "montant", "numcli", "objet", "refdet", "saisie")) {
            assertEquals(request.valueOf(field), paid.valueOf(field), field);
        }
        assertEquals(shape(bytes("creerPaiementSecurise-response.xml")).valueOf("idOp"), paid.valueOf("idOp"));
        assertEquals(ID_OP, shape(bytes("recupererDetailPaiementSecurise-request.xml")).valueOf("idOp"));
    }
}
