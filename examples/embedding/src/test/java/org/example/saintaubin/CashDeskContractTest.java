package org.example.saintaubin;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.application.payment.PaymentGatewayContract;
import fr.portailfamille.application.payment.PaymentStart;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;

/** Saint-Aubin's own payment adapter keeps the same promises to the core as PayFiP and the in-memory gateway. */
class CashDeskContractTest extends PaymentGatewayContract {

    private MutableClock clock;
    private CashDesk desk;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-10-05T16:40:00Z"));
        desk = new CashDesk(clock);
    }

    @Override
    protected PaymentGateway gateway() {
        return desk;
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
        desk.payerPays(started.providerPaymentId());
    }

    @Override
    protected void refuse(PaymentStart.Started started) {
        desk.bankRefuses(started.providerPaymentId());
    }

    @Override
    protected void abandon(PaymentStart.Started started) {
        desk.payerLeaves(started.providerPaymentId());
    }

    @Override
    protected void makeUnavailable() {
        desk.outage(true);
    }
}
