package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link InvoiceReminders}: in-memory and jOOQ. */
public abstract class InvoiceRemindersContract {

    protected abstract InvoiceReminders reminders();

    protected abstract InvoiceRepository invoices();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract long newHousehold();

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** Issued on 02/11/2026, due on 31/12/2026. */
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);
    static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    private CashOffice peri;
    private long household;

    @BeforeEach
    void twoInvoicesOfOctober() {
        peri = cashOffices().add(BillingFixtures.periscolaire());
        household = newHousehold();
        for (int sequence = 1; sequence <= 2; sequence++) {
            var invoice = new InvoiceDraft(household, peri.id(), OCTOBER, List.of(InvoiceLine.of("Accueil du soir", "Léa", sequence, Money.ofCents(455))))
                    .finalise(peri.invoiceNumber(OCTOBER, sequence), ISSUED);
            invoices().issue(null, List.of(invoice));
        }
    }

    private List<String> claimed(LocalDate today) {
        return reminders().claim(today, 15, 100).stream().map(d -> d.number().value()).sorted().toList();
    }

    @Test
    void the_town_setting_has_a_default() {
        assertEquals(InvoiceReminders.DEFAULT_DAYS_AFTER_DUE, reminders().daysAfterDue());
    }

    @Test
    void the_town_changes_its_delay() {
        reminders().setDaysAfterDue(new fr.portailfamille.domain.billing.ReminderDelay(30));
        assertEquals(30, reminders().daysAfterDue());
    }

    @Test
    void an_unpaid_invoice_is_reminded_days_after_its_due_date_then_every_as_many_days_never_twice_the_same_day() {
        assertEquals(List.of(), claimed(DUE.plusDays(14)));
        var due = reminders().claim(DUE.plusDays(15), 15, 100);
        assertEquals(List.of("PERI2610-000001", "PERI2610-000002"), due.stream().map(d -> d.number().value()).sorted().toList());
        var first = due.stream().filter(d -> d.number().value().equals("PERI2610-000001")).findFirst().orElseThrow();
        assertEquals(household, first.householdId());
        assertEquals(Money.ofCents(455), first.amountDue());
        assertEquals(DUE, first.dueOn());
        assertEquals(List.of(), claimed(DUE.plusDays(15)), "never twice the same day");
        assertEquals(List.of(), claimed(DUE.plusDays(29)));
        assertEquals(List.of("PERI2610-000001", "PERI2610-000002"), claimed(DUE.plusDays(30)), "again a fortnight later");
    }

    @Test
    void a_paid_invoice_is_never_reminded_and_the_limit_is_kept() {
        invoices().markPaid(peri.invoiceNumber(OCTOBER, 2), new InvoicePayment(PaymentMethod.CASH, Money.ofCents(910), Instant.parse("2027-01-02T10:00:00Z"), ""));
        assertEquals(1, reminders().claim(DUE.plusDays(20), 15, 1).size());
        assertEquals(List.of(), claimed(DUE.plusDays(20)), "the one to pay is reminded already, the paid one never");
    }
}
