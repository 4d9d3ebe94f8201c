package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Relance des factures impayées»: October's invoices, due on 31/12/2026, still unpaid 15 days later (the default
 * setting) are reminded to each account of their household, by notification and by mail; the next run the same day
 * reminds nobody, a paid invoice is never reminded, and the town's own setting is followed.
 */
class RemindUnpaidInvoicesTest extends BillingScenario {

    final InMemoryInvoiceReminders reminders = new InMemoryInvoiceReminders(memory.invoices);
    final RemindUnpaidInvoices remind = new RemindUnpaidInvoices(ports, reminders);

    void at(String instant) {
        var clock = memory.dossier.accounts.clock;
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    long reminderNotifications() {
        return memory.notifications.stream().filter(n -> n.kind() == NotificationKind.INVOICE_TO_PAY && n.title().startsWith("Rappel")).count();
    }

    long reminderMails() {
        return memory.dossier.accounts.outbox.latest(100).stream().filter(m -> m.mail().textBody().contains("Rappel : la facture")).count();
    }

    @Test
    void unpaid_invoices_are_reminded_after_the_towns_delay_by_notification_and_mail_never_twice_the_same_day() {
        finaliseOctober();
        at("2027-01-14T08:00:00Z");
        assertEquals(0, remind.run(), "14 days after the due date: not yet");
        at("2027-01-15T07:00:00Z");
        assertEquals(2, remind.run(), "Dupont's and Nguyen's invoices");
        assertEquals(2, reminderNotifications(), "one notification to each household's account");
        assertTrue(memory.notifications.stream().anyMatch(n -> n.title().equals("Rappel : la facture PERI2610-000001 (54,60\u00A0€) était à payer avant le 31/12/2026")
                && n.link().equals("/facturation/factures/PERI2610-000001")), memory.notifications.toString());
        long mails = reminderMails();
        assertTrue(mails >= 1, "by mail to those who get their invoice news by mail");
        at("2027-01-15T18:00:00Z");
        assertEquals(0, remind.run(), "never twice the same day");
        assertEquals(2, reminderNotifications());
        assertEquals(mails, reminderMails());
    }

    @Test
    void a_paid_invoice_is_never_reminded_and_the_towns_setting_is_followed() {
        finaliseOctober();
        reminders.setDaysAfterDue(3);
        var paid = facturation.detail(dupont, "PERI2610-000001").invoice();
        assertTrue(deskPayment.record(agent, paid.number().value(), desk(PaymentMethod.CASH, paid.amountDue().formatNumber(), "")).isEmpty());
        at("2027-01-03T08:00:00Z");
        assertEquals(1, remind.run(), "only the Nguyens' invoice, 3 days after its due date");
        assertTrue(memory.notifications.stream().noneMatch(n -> n.title().contains("PERI2610-000001") && n.title().startsWith("Rappel")));
    }
}
