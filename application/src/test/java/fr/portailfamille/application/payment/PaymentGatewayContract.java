package fr.portailfamille.application.payment;

import fr.portailfamille.application.payment.port.*;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link PaymentGateway}: the in-memory gateway runs it, and so does every real adapter against its
 * provider (PayFiP against its simulator over HTTP). The subclass plays the payer and the provider's clock.
 */
public abstract class PaymentGatewayContract {

    /** A gateway whose provider holds no payment yet; called several times per test, it answers the same one. */
    protected abstract PaymentGateway gateway();

    /** The provider's present time. */
    protected abstract Instant now();

    /** Moves the provider's clock (and so {@link #now()}). */
    protected abstract void advance(Duration duration);

    /** The payer pays on the provider's page. */
    protected abstract void pay(PaymentStart.Started started);

    /** The payer's bank refuses the payment. */
    protected abstract void refuse(PaymentStart.Started started);

    /** The payer gives up on the provider's page. */
    protected abstract void abandon(PaymentStart.Started started);

    /** From now on the provider cannot be reached. */
    protected abstract void makeUnavailable();

    protected String notificationUrl() {
        return "https://portail.exemple.fr/paiement/notification";
    }

    protected String returnUrl() {
        return "https://portail.exemple.fr/paiement/retour";
    }

    protected PaymentOrder order() {
        return order("FAC2025100042", "parent@example.org");
    }

    protected PaymentOrder order(String reference, String payerEmail) {
        return new PaymentOrder("012345", 2025, reference, 4250, payerEmail, "Cantine octobre 2025", gateway().mode(),
                notificationUrl(), returnUrl(), now());
    }

    protected PaymentStart.Started started(PaymentOrder order) {
        return assertInstanceOf(PaymentStart.Started.class, gateway().start(order));
    }

    private PaymentStatus status(PaymentStart.Started started, PaymentOrder order) {
        return gateway().status(started.providerPaymentId(), order, now());
    }

    @Test
    void a_started_payment_has_an_id_and_a_page_and_is_pending() {
        var order = order();
        var started = started(order);
        assertFalse(started.providerPaymentId().isBlank());
        assertTrue(started.redirectUrl().startsWith("http"), started.redirectUrl());
        assertInstanceOf(PaymentStatus.Pending.class, status(started, order));
    }

    @Test
    void each_attempt_gets_its_own_id() {
        var order = order();
        assertNotEquals(started(order).providerPaymentId(), started(order).providerPaymentId());
    }

    @Test
    void a_paid_payment_is_paid_with_its_authorisation_number_and_time() {
        var order = order();
        var started = started(order);
        advance(Duration.ofMinutes(3));
        pay(started);
        var paid = assertInstanceOf(PaymentStatus.Paid.class, status(started, order));
        assertFalse(paid.authorisationNumber().isBlank());
        assertTrue(Duration.between(paid.paidAt(), now()).abs().compareTo(Duration.ofMinutes(1)) <= 0, paid.paidAt() + " vs " + now());
        advance(Duration.ofHours(2));
        assertInstanceOf(PaymentStatus.Paid.class, status(started, order), "a payment stays paid after the attempt's lifetime");
    }

    @Test
    void a_refused_payment_is_refused_at_once_and_stays_so() {
        var order = order();
        var started = started(order);
        refuse(started);
        assertInstanceOf(PaymentStatus.Refused.class, status(started, order));
        advance(Duration.ofMinutes(30));
        assertInstanceOf(PaymentStatus.Refused.class, status(started, order));
    }

    @Test
    void an_abandoned_payment_stays_pending_while_the_attempt_lives_then_is_cancelled() {
        var order = order();
        var started = started(order);
        abandon(started);
        assertEquals(new PaymentStatus.Pending(true), status(started, order), "the payer left, the attempt lives on");
        advance(PaymentRules.ATTEMPT_LIFETIME.minusSeconds(1));
        assertEquals(new PaymentStatus.Pending(true), status(started, order));
        advance(Duration.ofSeconds(1));
        assertInstanceOf(PaymentStatus.Cancelled.class, status(started, order));
    }

    @Test
    void a_payment_without_result_is_pending_for_twenty_minutes_then_expired() {
        var order = order();
        var started = started(order);
        advance(Duration.ofMinutes(19));
        assertEquals(new PaymentStatus.Pending(false), status(started, order));
        advance(Duration.ofMinutes(2));
        assertInstanceOf(PaymentStatus.Expired.class, status(started, order));
    }

    @Test
    void an_id_the_provider_does_not_know_is_pending_at_first_then_expired() {
        var order = order();
        String unknown = "0b5e3c1e-0000-4000-8000-000000000000";
        assertInstanceOf(PaymentStatus.Pending.class, gateway().status(unknown, order, now()));
        advance(Duration.ofMinutes(25));
        assertInstanceOf(PaymentStatus.Expired.class, gateway().status(unknown, order, now()));
    }

    @Test
    void a_payment_of_another_amount_is_a_mismatch_never_a_credit() {
        var order = order();
        var started = started(order);
        pay(started);
        var stored = new PaymentOrder(order.clientNumber(), order.year(), order.reference(), 4251, order.payerEmail(),
                order.label(), order.mode(), order.notificationUrl(), order.returnUrl(), order.createdAt());
        var mismatch = assertInstanceOf(PaymentStatus.Mismatch.class, status(started, stored));
        assertTrue(mismatch.reason().contains("montant"), mismatch.reason());
    }

    @Test
    void a_payment_of_another_reference_or_client_is_a_mismatch() {
        var order = order();
        var started = started(order);
        pay(started);
        var otherReference = new PaymentOrder(order.clientNumber(), order.year(), "FAC2025100043", order.amountCents(),
                order.payerEmail(), order.label(), order.mode(), order.notificationUrl(), order.returnUrl(), order.createdAt());
        var otherClient = new PaymentOrder("054321", order.year(), order.reference(), order.amountCents(),
                order.payerEmail(), order.label(), order.mode(), order.notificationUrl(), order.returnUrl(), order.createdAt());
        assertTrue(assertInstanceOf(PaymentStatus.Mismatch.class, status(started, otherReference)).reason().contains("référence"));
        assertTrue(assertInstanceOf(PaymentStatus.Mismatch.class, status(started, otherClient)).reason().contains("client"));
    }

    @Test
    void a_result_of_another_mode_never_settles_the_order() {
        var order = order();
        var started = started(order);
        pay(started);
        PaymentMode other = gateway().mode() == PaymentMode.PRODUCTION ? PaymentMode.TEST : PaymentMode.PRODUCTION;
        var mismatch = assertInstanceOf(PaymentStatus.Mismatch.class, status(started, order.withMode(other)));
        assertTrue(mismatch.reason().contains("mode"), mismatch.reason());
    }

    @Test
    void an_order_with_a_bad_reference_is_rejected_with_a_french_message() {
        var rejected = assertInstanceOf(PaymentStart.Rejected.class, gateway().start(order("AB12", "parent@example.org")));
        assertFalse(rejected.code().isBlank());
        assertFalse(rejected.frenchMessage().isBlank());
    }

    @Test
    void an_order_with_a_bad_email_is_rejected() {
        assertInstanceOf(PaymentStart.Rejected.class, gateway().start(order("FAC2025100042", "parent.example.org")));
    }

    @Test
    void an_order_in_another_mode_than_the_gateway_is_rejected_before_reaching_the_provider() {
        PaymentMode other = gateway().mode() == PaymentMode.PRODUCTION ? PaymentMode.TEST : PaymentMode.PRODUCTION;
        var rejected = assertInstanceOf(PaymentStart.Rejected.class, gateway().start(order().withMode(other)));
        assertEquals("MODE", rejected.code());
    }

    @Test
    void an_unreachable_provider_is_unavailable_and_the_status_unknown_never_expired() {
        var order = order();
        var started = started(order);
        makeUnavailable();
        assertInstanceOf(PaymentStart.Unavailable.class, gateway().start(order()));
        advance(Duration.ofHours(1));
        assertInstanceOf(PaymentStatus.Unknown.class, status(started, order));
    }
}
