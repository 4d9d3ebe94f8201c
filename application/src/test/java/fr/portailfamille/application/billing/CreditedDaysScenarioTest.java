package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.BilledDay;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * October invoiced; the agent credits Léa's evening of Thursday 1st and gives the day back: the next run of October bills
 * it again (the usage still says she came), once. Too many days for the units credited is refused, nothing stored.
 */
class CreditedDaysScenarioTest extends BillingScenario {

    @Test
    void a_day_given_back_by_a_credit_note_is_billed_again_by_the_next_run_and_only_once() {
        var dupontInvoice = finaliseOctober().stream().filter(i -> i.householdId() == dupontHousehold).findFirst().orElseThrow();
        String number = dupontInvoice.number().value();
        var days = readInvoices.billedDays(agent, number);
        assertEquals(12, days.size());
        var first = days.getFirst().day();
        assertEquals(LocalDate.of(2026, 10, 1), first.day());

        var refused = creditNote.issue(agent, number, List.of(1), "Erreur de pointage", List.of(first, days.get(1).day()));
        assertEquals("Vous avez coché 2 jours, mais l'avoir n'annule que 1 unité de prestation : cochez au plus autant de jours que d'unités annulées.",
                refused.asMap().get("days"));
        assertEquals(List.of(), ports.invoices().creditNotes(dupontInvoice.number()), "nothing stored");

        assertTrue(creditNote.issue(agent, number, List.of(1), "Erreur de pointage", List.of(first)).isEmpty());
        assertEquals(11, readInvoices.billedDays(agent, number).size());

        var complementary = openRun.start(agent, peri.id(), OCTOBER);
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, computeRun.compute(agent, complementary.id()));
        var done = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, finaliseRun.finalise(agent, complementary.id(), LocalDate.of(2026, 11, 9)));
        assertEquals(1, done.invoices().size());
        var again = done.invoices().getFirst();
        assertNotEquals(dupontInvoice.number(), again.number());
        assertEquals(1, again.lines().getFirst().quantity(), "the evening given back, and only it");
        assertEquals(again.number().value(), memory.invoices.billedDays().get(new BilledDay(first.childId(), first.activityId(), first.day())));
        assertEquals(12 + 3, memory.invoices.billedDays().size(), "every evening billed once: the Duponts' twelve, the Nguyens' three");
    }
}
