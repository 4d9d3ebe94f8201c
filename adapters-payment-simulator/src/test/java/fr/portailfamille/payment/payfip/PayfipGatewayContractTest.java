package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.application.payment.PaymentGatewayContract;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;

/** The port's contract on the real PayFiP adapter, talking SOAP over HTTP to the simulator; the payer uses the page's forms. */
class PayfipGatewayContractTest extends PaymentGatewayContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-14T16:40:00Z"));
    private final Payer payer = new Payer();
    private NotificationReceiver receiver;
    private PayfipSimulator simulator;
    private PayfipGateway gateway;

    @BeforeEach
    void setUp() {
        receiver = new NotificationReceiver();
        simulator = new PayfipSimulator(0, clock).start();
        gateway = new PayfipGateway(new PayfipSettings(simulator.endpoint(), simulator.paymentPage(), PaymentMode.TEST,
                PayfipSettings.DEFAULT_TIMEOUT)); // no case here waits for the timeout: a short one only fails a loaded machine's first call
    }

    @AfterEach
    void tearDown() {
        simulator.stop();
        receiver.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void advance(Duration duration) {
        clock.advance(duration);
    }

    @Override
    protected String notificationUrl() {
        return receiver.url();
    }

    @Override
    protected void pay(PaymentStart.Started started) {
        payer.choose(started, "P", returnUrl());
    }

    @Override
    protected void refuse(PaymentStart.Started started) {
        payer.choose(started, "R", returnUrl());
    }

    @Override
    protected void abandon(PaymentStart.Started started) {
        payer.choose(started, "A", returnUrl());
    }

    @Override
    protected void makeUnavailable() {
        simulator.stop();
    }
}
