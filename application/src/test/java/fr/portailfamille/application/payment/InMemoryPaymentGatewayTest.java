package fr.portailfamille.application.payment;

import fr.portailfamille.application.payment.port.*;
import fr.portailfamille.application.common.MutableClock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;

class InMemoryPaymentGatewayTest extends PaymentGatewayContract {

    private MutableClock clock;
    private InMemoryPaymentGateway gateway;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2025-11-14T16:40:00Z"));
        gateway = new InMemoryPaymentGateway(PaymentMode.TEST, clock);
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
    protected void pay(PaymentStart.Started started) {
        gateway.pay(started.providerPaymentId());
    }

    @Override
    protected void refuse(PaymentStart.Started started) {
        gateway.refuse(started.providerPaymentId());
    }

    @Override
    protected void abandon(PaymentStart.Started started) {
        gateway.abandon(started.providerPaymentId());
    }

    @Override
    protected void makeUnavailable() {
        gateway.unavailable(true);
    }
}
