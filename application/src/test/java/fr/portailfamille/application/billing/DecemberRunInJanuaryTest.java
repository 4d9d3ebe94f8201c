package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.TariffChoice;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The December run is made in January, once the month's registers are closed: its invoices belong to December's
 * series of the year that ended, are priced with the quotient valid on each December day (expired since), and are
 * dated and due from their issue in January; January's own run then starts the new year's series at 1.
 */
class DecemberRunInJanuaryTest extends BillingScenario {

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final YearMonth JANUARY = YearMonth.of(2027, 1);

    @Test
    void december_invoiced_in_january_stays_in_the_year_it_bills() {
        finaliseOctober(); // PERI2610-000001 and -000002
        memory.usage.add(peri.id(), DECEMBER, new BillableUsage.ChildUsage(dupontHousehold, 1, "Léa Dupont", "Accueil Périscolaire Soir", "PERI-SOIR",
                List.of(fact("2026-12-17"), fact("2026-12-18"), fact("2026-12-31"))));
        memory.usage.add(peri.id(), JANUARY, new BillableUsage.ChildUsage(dupontHousehold, 1, "Léa Dupont", "Accueil Périscolaire Soir", "PERI-SOIR",
                List.of(fact("2027-01-04"), fact("2027-01-05"))));

        // the agent runs December on 5 January, once its registers are closed
        var clock = memory.dossier.accounts.clock;
        clock.advance(java.time.Duration.between(clock.instant(), java.time.Instant.parse("2027-01-05T08:00:00Z")));
        var december = openRun.start(agent, peri.id(), DECEMBER);
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, computeRun.compute(agent, december.id()));
        var issued = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, finaliseRun.finalise(agent, december.id(), LocalDate.of(2027, 1, 5)));
        var invoice = issued.invoices().getFirst();
        assertEquals("PERI2612-000003", invoice.number().value(), "December's series of 2026 goes on");
        assertEquals(LocalDate.of(2027, 1, 5), invoice.issuedOn());
        assertEquals(LocalDate.of(2027, 2, 28), invoice.dueOn(), "due at the end of the month after the issue");
        var line = invoice.lines().getFirst();
        assertEquals(3, line.quantity());
        assertEquals("Accueil Périscolaire Soir – du 01/12 au 31/12", line.prestation());
        assertEquals("3 × 4,55 € = 13,65 €", line.calculation().replace('\u00A0', ' '), "the quotient of December, expired on the 31st");

        var january = openRun.start(agent, peri.id(), JANUARY);
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, computeRun.compute(agent, january.id()));
        assertInstanceOf(FinaliseInvoicingRun.Finalisation.Refused.class, finaliseRun.finalise(agent, january.id(), LocalDate.of(2026, 12, 31)),
                "never issued before the month it bills");
        var next = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, finaliseRun.finalise(agent, january.id(), LocalDate.of(2027, 2, 1)));
        assertEquals("PERI2701-000001", next.invoices().getFirst().number().value(), "a new year, a new series");
        assertEquals(TariffChoice.NO_VALID_QUOTIENT, next.invoices().getFirst().lines().getFirst().note(), "the quotient ran out on 31 December");
    }

    private static UsageFact fact(String day) {
        return new UsageFact(LocalDate.parse(day), UsageKind.BOOKED_AND_ATTENDED);
    }
}
