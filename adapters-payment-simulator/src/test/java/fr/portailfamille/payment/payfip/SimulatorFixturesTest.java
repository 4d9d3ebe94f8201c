package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.payment.PaymentStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static fr.portailfamille.payment.payfip.PayfipFixtures.shape;
import static fr.portailfamille.payment.payfip.PayfipFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator against the recorded exchanges, without the gateway: it is sent the fixture requests as they are
 * (bytes a client other than ours wrote) and must answer envelopes of the fixture responses' shape, read with the
 * JDK's DOM — not with the codec it shares with the gateway.
 */
class SimulatorFixturesTest {

    /** 17:42 in Paris on 14 November 2025, when the fixture payment was made. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-14T16:42:00Z"), ZoneOffset.UTC);
    static final String FIXTURE_ID_OP = "5f1c2a10-a1b2-11ef-9c3d-0242ac120002";

    private final HttpClient http = HttpClient.newHttpClient();
    private PayfipSimulator simulator;

    @BeforeEach
    void start() {
        simulator = new PayfipSimulator(0, CLOCK).start();
        // the fixtures' urlnotif is not ours to call
        simulator.notification(PayfipSimulator.Notification.DROP);
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private record Answer(int status, String body) {
    }

    private Answer post(String envelope) {
        var request = HttpRequest.newBuilder(simulator.endpoint()).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends the fixture creation request; returns the idOp the simulator gave. */
    private String create() {
        var answer = post(text("creerPaiementSecurise-request.xml"));
        assertEquals(200, answer.status(), answer.body());
        var idOp = shape(answer.body()).valueOf("idOp");
        assertTrue(idOp.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), idOp);
        return idOp;
    }

    private Answer detail(String idOp) {
        return post(text("recupererDetailPaiementSecurise-request.xml").replace(FIXTURE_ID_OP, idOp));
    }

    @Test
    void creer_answers_the_fixture_response_shape_with_a_fresh_idop() {
        var answer = post(text("creerPaiementSecurise-request.xml"));
        assertEquals(shape(text("creerPaiementSecurise-response.xml")).anyValueOf(Set.of("idOp")),
                shape(answer.body()).anyValueOf(Set.of("idOp")));
    }

    @Test
    void a_short_refdet_answers_the_fixture_fault_r3() {
        var answer = post(text("creerPaiementSecurise-request.xml").replace("<refdet>FAC2025100042</refdet>", "<refdet>AB12</refdet>"));
        assertEquals(500, answer.status());
        assertEquals(shape(text("creerPaiementSecurise-fault-R3.xml")), shape(answer.body()));
    }

    @Test
    void before_the_payer_chooses_the_detail_is_the_fixture_fault_p5() {
        var answer = detail(create());
        assertEquals(shape(text("recupererDetailPaiementSecurise-fault-P5.xml")), shape(answer.body()));
    }

    @Test
    void a_card_payment_answers_the_fixture_paid_detail() {
        String idOp = create();
        new Payer().press(new PaymentStart.Started(idOp, simulator.paymentPage() + "?idop=" + idOp), "P");
        var answer = detail(idOp);
        assertEquals(200, answer.status(), answer.body());
        // the simulator's own id and authorisation number; the date and time are its clock's, as in the fixture
        assertEquals(shape(text("recupererDetailPaiementSecurise-response-paid.xml")).anyValueOf(Set.of("idOp", "numauto")),
                shape(answer.body()).anyValueOf(Set.of("idOp", "numauto")));
        assertEquals(idOp, shape(answer.body()).valueOf("idOp"));
    }

    @Test
    void a_refused_card_answers_the_fixture_refused_detail_without_numauto() {
        String idOp = create();
        new Payer().press(new PaymentStart.Started(idOp, simulator.paymentPage() + "?idop=" + idOp), "R");
        assertEquals(shape(text("recupererDetailPaiementSecurise-response-refused.xml")).anyValueOf(Set.of("idOp")),
                shape(detail(idOp).body()).anyValueOf(Set.of("idOp")));
    }
}
