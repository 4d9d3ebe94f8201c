package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Contract of {@link BillableUsage}: in-memory and jOOQ. A month's booked days are its usage, but for the days a
 * final invoice bills already — what keeps a complementary run from billing them twice.
 */
public abstract class BillableUsageContract {

    protected abstract BillableUsage usage();

    protected abstract InvoiceRepository invoices();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract long newAgent();

    /** One child of a new household, booked at one activity of the régie («PERI-SOIR») on these days. */
    protected abstract Booked book(CashOffice office, YearMonth month, List<LocalDate> days);

    public record Booked(long householdId, long childId, long activityId) {
    }

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate MONDAY = OCTOBER.atDay(5);
    static final LocalDate TUESDAY = OCTOBER.atDay(6);
    static final LocalDate THURSDAY = OCTOBER.atDay(8);
    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private CashOffice peri;

    @BeforeEach
    void regie() {
        peri = cashOffices().add(BillingFixtures.periscolaire());
    }

    private List<LocalDate> days(Booked booked) {
        return usage().usage(peri.id(), OCTOBER).stream().filter(u -> u.childId() == booked.childId())
                .flatMap(u -> u.facts().stream()).map(UsageFact::date).toList();
    }

    /** A final invoice of the household billing these days of the child. */
    private void billed(Booked booked, int sequence, LocalDate... days) {
        var run = invoices().createRun(peri.id(), OCTOBER, newAgent(), T0);
        var lines = List.of(InvoiceLine.of("Accueil Périscolaire Soir", "Léa", days.length, Money.ofCents(455)));
        var billedDays = java.util.Arrays.stream(days).map(d -> new BilledDay(booked.childId(), booked.activityId(), d)).toList();
        var draft = new InvoiceDraft(booked.householdId(), peri.id(), OCTOBER, lines, billedDays);
        invoices().replaceDrafts(run.id(), List.of(draft), T0);
        invoices().issue(run.id(), List.of(draft.finalise(peri.invoiceNumber(OCTOBER, sequence), T0.atZone(java.time.ZoneOffset.UTC).toLocalDate())));
        invoices().markFinalised(run.id(), LocalDate.of(2026, 11, 2), newAgent(), T0);
    }

    @Test
    void the_booked_days_of_the_month_are_the_usage_with_their_child_and_activity() {
        var booked = book(peri, OCTOBER, List.of(MONDAY, TUESDAY, THURSDAY));
        var usage = usage().usage(peri.id(), OCTOBER);
        assertEquals(1, usage.size());
        var child = usage.getFirst();
        assertEquals(List.of(booked.householdId(), booked.childId(), booked.activityId()), List.of(child.householdId(), child.childId(), child.activityId()));
        assertEquals("PERI-SOIR", child.tariffKey());
        assertEquals(List.of(new UsageFact(MONDAY, UsageKind.BOOKED_AND_ATTENDED), new UsageFact(TUESDAY, UsageKind.BOOKED_AND_ATTENDED),
                new UsageFact(THURSDAY, UsageKind.BOOKED_AND_ATTENDED)), child.facts());
        assertEquals(List.of(), usage().usage(peri.id(), OCTOBER.plusMonths(1)));
    }

    @Test
    void days_a_final_invoice_bills_are_left_out_the_others_stay() {
        var lea = book(peri, OCTOBER, List.of(MONDAY, TUESDAY, THURSDAY));
        var hugo = book(peri, OCTOBER, List.of(MONDAY, TUESDAY));
        billed(lea, 1, MONDAY, TUESDAY);
        assertEquals(List.of(THURSDAY), days(lea));
        assertEquals(List.of(MONDAY, TUESDAY), days(hugo), "another child's same days are not billed");
        billed(lea, 2, THURSDAY);
        assertEquals(List.of(), days(lea), "nothing left: the child is not in the usage");
        assertEquals(1, usage().usage(peri.id(), OCTOBER).size());
    }

    @Test
    void a_draft_alone_bills_nothing() {
        var lea = book(peri, OCTOBER, List.of(MONDAY, TUESDAY));
        var run = invoices().createRun(peri.id(), OCTOBER, newAgent(), T0);
        invoices().replaceDrafts(run.id(), List.of(new InvoiceDraft(lea.householdId(), peri.id(), OCTOBER,
                List.of(InvoiceLine.of("Accueil Périscolaire Soir", "Léa", 1, Money.ofCents(455))),
                List.of(new BilledDay(lea.childId(), lea.activityId(), MONDAY)))), T0);
        assertEquals(List.of(MONDAY, TUESDAY), days(lea));
    }
}
