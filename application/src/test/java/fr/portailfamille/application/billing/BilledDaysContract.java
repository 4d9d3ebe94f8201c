package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.CreditOutcome;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Contract of {@link BilledDays}: in-memory and jOOQ. */
public abstract class BilledDaysContract {

    protected abstract BilledDays billedDays();

    protected abstract InvoiceRepository invoices();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract long newHousehold();

    /** A stored child named «first last»: its id. */
    protected abstract long newChild(long householdId, String firstNames, String lastName);

    /** A stored activity of that name: its id. */
    protected abstract long newActivity(String name);

    protected abstract long agent();

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

    private CashOffice peri;
    private long household;
    private BilledDay monday;
    private BilledDay tuesday;

    @BeforeEach
    void decemberInvoicedForTwoEvenings() {
        peri = cashOffices().add(BillingFixtures.periscolaire());
        household = newHousehold();
        long lea = newChild(household, "Léa", "Dupont");
        long evening = newActivity("Accueil du soir");
        monday = new BilledDay(lea, evening, DECEMBER.atDay(14));
        tuesday = new BilledDay(lea, evening, DECEMBER.atDay(15));
        issue(1, List.of(monday, tuesday));
    }

    private static List<InvoiceLine> lines(int evenings) {
        return List.of(InvoiceLine.of("Accueil du soir – du 01/12 au 31/12", "Léa Dupont", evenings, Money.ofCents(455)));
    }

    /** A run of December billing these days under the invoice of that sequence. */
    private Invoice issue(int sequence, List<BilledDay> days) {
        var run = invoices().createRun(peri.id(), DECEMBER, agent(), T0);
        invoices().replaceDrafts(run.id(), List.of(new InvoiceDraft(household, peri.id(), DECEMBER, lines(days.size()), days)), T0);
        var invoice = new InvoiceDraft(household, peri.id(), DECEMBER, lines(days.size())).finalise(peri.invoiceNumber(DECEMBER, sequence), LocalDate.of(2026, 12, 5));
        invoices().issue(run.id(), List.of(invoice));
        invoices().markFinalised(run.id(), LocalDate.of(2026, 12, 5), agent(), T0);
        return invoice;
    }

    private InvoiceNumber credit(int sequence, int evenings) {
        var invoice = invoices().find(peri.invoiceNumber(DECEMBER, 1).value()).orElseThrow();
        var issued = (CreditOutcome.Issued) invoice.creditNote(peri.invoiceNumber(DECEMBER, sequence), LocalDate.of(2026, 12, 8), "Annulé dans les délais",
                lines(evenings));
        invoices().addCreditNote(issued.creditNote(), issued.invoice(), agent(), T0);
        return issued.creditNote().number();
    }

    private List<BilledDay> billedByFirst() {
        return billedDays().of(peri.invoiceNumber(DECEMBER, 1)).stream().map(BilledDays.InvoicedDay::day).toList();
    }

    @Test
    void the_days_an_invoice_bills_are_listed_with_the_names_an_agent_reads() {
        var days = billedDays().of(peri.invoiceNumber(DECEMBER, 1));
        assertEquals(List.of(new BilledDays.InvoicedDay(monday, "Léa Dupont", "Accueil du soir"), new BilledDays.InvoicedDay(tuesday, "Léa Dupont", "Accueil du soir")),
                days);
        assertEquals(List.of(), billedDays().of(peri.invoiceNumber(DECEMBER, 9)), "an unknown invoice bills nothing");
    }

    @Test
    void a_credited_day_is_billed_again_by_a_later_run_and_then_once_only() {
        var note = credit(2, 1);
        billedDays().release(peri.invoiceNumber(DECEMBER, 1), note, List.of(tuesday));
        assertEquals(List.of(monday), billedByFirst());

        issue(3, List.of(tuesday));
        assertEquals(List.of(tuesday), billedDays().of(peri.invoiceNumber(DECEMBER, 3)).stream().map(BilledDays.InvoicedDay::day).toList());
        assertThrows(RuntimeException.class, () -> issue(4, List.of(tuesday)), "billed again once, never twice without another credit");
    }

    @Test
    void a_release_of_a_day_the_invoice_does_not_bill_releases_nothing() {
        var note = credit(2, 2);
        var november = new BilledDay(monday.childId(), monday.activityId(), LocalDate.of(2026, 11, 30));
        assertThrows(RuntimeException.class, () -> billedDays().release(peri.invoiceNumber(DECEMBER, 1), note, List.of(monday, november)));
        assertEquals(List.of(monday, tuesday), billedByFirst(), "all or nothing");
        assertThrows(RuntimeException.class, () -> issue(3, List.of(monday)), "Monday is still billed");
    }
}
