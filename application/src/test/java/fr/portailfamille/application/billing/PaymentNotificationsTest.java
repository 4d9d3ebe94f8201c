package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.TariffChoice;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The payment notification matrix: the provider's callbacks come duplicated, late, out of order or forged (they carry
 * only an id and prove nothing). Whatever their order, one payment is recorded per payment made, each invoice is paid
 * once, the parent gets one mail, and forged ones change nothing.
 */
class PaymentNotificationsTest extends BillingScenario {

    String start() {
        var redirect = assertInstanceOf(PayOnline.Started.Redirect.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        return redirect.url().substring(redirect.url().indexOf("id=") + 3);
    }

    long paid() {
        return LongStream.rangeClosed(1, 20).mapToObj(memory.payments::find).flatMap(java.util.Optional::stream)
                .filter(p -> p.state() == PaymentState.PAID).count();
    }

    long mails() {
        return memory.dossier.accounts.outbox.latest(100).stream().filter(m -> m.mail().subject().startsWith("Paiement confirmé")).count();
    }

    InvoiceStatus invoice() {
        return facturation.detail(dupont, "PERI2610-000001").invoice().status();
    }

    @Test
    void duplicated_notifications_record_one_payment() {
        finaliseOctober();
        String id = start();
        memory.gateway.pay(id);
        for (int i = 0; i < 5; i++) pay.notified(id);
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, id).outcome());
        pay.notified(id);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(5));
        pay.reconcile(Duration.ofMinutes(2));
        assertEquals(1, paid());
        assertEquals(InvoiceStatus.PAID, invoice());
        assertEquals(1, mails(), "one confirmation mail");
    }

    @Test
    void a_notification_before_the_payment_is_decided_changes_nothing_and_the_late_one_settles_it() {
        finaliseOctober();
        String id = start();
        pay.notified(id); // too early: the provider still says «in progress»
        assertEquals(0, paid());
        assertEquals(InvoiceStatus.TO_PAY, invoice());
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(10));
        memory.gateway.pay(id);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(9));
        pay.notified(id); // late, but within the attempt's life: it is the payment
        assertEquals(1, paid());
        assertEquals(InvoiceStatus.PAID, invoice());
        memory.dossier.accounts.clock.advance(Duration.ofDays(2));
        pay.notified(id); // very late duplicate
        assertEquals(1, paid());
        assertEquals(1, mails());
    }

    @Test
    void a_dropped_notification_is_made_up_by_the_reconciliation_job_once() {
        finaliseOctober();
        String id = start();
        memory.gateway.pay(id);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(3));
        assertEquals(1, pay.reconcile(Duration.ofMinutes(2)));
        pay.notified(id); // the notification arrives after the job settled it
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, id).outcome());
        assertEquals(1, paid());
        assertEquals(1, mails());
    }

    @Test
    void notifications_out_of_order_across_two_attempts_pay_the_invoice_once() {
        finaliseOctober();
        String first = start();
        memory.gateway.abandon(first);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(21));
        pay.reconcile(Duration.ofMinutes(2)); // the abandoned attempt expires
        String second = start();
        memory.gateway.pay(second);
        pay.notified(second);
        pay.notified(first); // the first attempt's notification arrives last
        assertEquals(PayOnline.Outcome.ABANDONED, pay.returned(dupont, first).outcome());
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, second).outcome());
        assertEquals(1, paid());
        assertEquals(InvoiceStatus.PAID, invoice());
        assertEquals(1, mails());
    }

    @Test
    void a_refusal_then_its_duplicates_never_pay() {
        finaliseOctober();
        String id = start();
        memory.gateway.refuse(id);
        pay.notified(id);
        pay.notified(id);
        assertEquals(PayOnline.Outcome.REFUSED, pay.returned(dupont, id).outcome());
        assertEquals(0, paid());
        assertEquals(InvoiceStatus.TO_PAY, invoice());
        assertEquals(0, mails());
    }

    @Test
    void forged_notifications_are_ignored() {
        finaliseOctober();
        String id = start();
        for (String forged : List.of("", "   ", "not-a-uuid", "<script>alert(1)</script>", "00000000-0000-0000-0000-000000000000",
                java.util.UUID.randomUUID().toString(), id + "' OR '1'='1", "x".repeat(10_000))) {
            pay.notified(forged);
        }
        // a real id, notified by someone else while the payer has not paid: the provider is asked, nothing is credited
        pay.notified(id);
        pay.notified(id.toUpperCase());
        assertEquals(0, paid());
        assertEquals(InvoiceStatus.TO_PAY, invoice());
        assertEquals(PaymentState.PENDING, memory.payments.find(1).orElseThrow().state());
        assertThrows(Actor.NotAllowed.class, () -> pay.returned(nguyen, id), "another household cannot read the attempt");
    }
}
