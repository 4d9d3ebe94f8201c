package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MonthlyBillingTest {

    private static final YearMonth MAY = YearMonth.of(2021, 5);
    private static final String SOIR = "Accueil Périscolaire Soir";

    /** The twelve school evenings of the guide's May 2021 invoice, plus what was not billed. */
    private static List<UsageFact> mylisMay() {
        List<UsageFact> facts = new ArrayList<>();
        for (int day : new int[] {3, 4, 6, 7, 10, 11, 17, 18, 20, 21, 25, 27}) {
            facts.add(new UsageFact(MAY.atDay(day), UsageKind.BOOKED_AND_ATTENDED));
        }
        facts.add(new UsageFact(MAY.atDay(28), UsageKind.MEDICAL_ABSENCE_VALIDATED));
        facts.add(new UsageFact(MAY.atDay(31), UsageKind.CANCELLED_IN_TIME));
        return facts;
    }

    @Test
    void the_guides_line_twelve_evenings_at_the_maximum_tariff() {
        var lines = MonthlyBilling.lines(SOIR, TariffGridTest.eveningCare(), BillingRules.standard(), "Mylis", MAY,
                mylisMay(), List.of());
        assertEquals(1, lines.size());
        var line = lines.get(0);
        assertEquals("Accueil Périscolaire Soir \u2013 du 01/05 au 31/05", line.prestation());
        assertEquals("Mylis", line.childName());
        assertEquals(12, line.quantity());
        assertEquals(Money.ofCents(455), line.unitPrice());
        assertEquals(Money.ofCents(5460), line.amount());
        assertEquals("Tarif maximal appliqué : aucun quotient familial valide", line.note());
    }

    @Test
    void with_a_valid_quotient_the_bracket_price_and_no_note() {
        var lines = MonthlyBilling.lines(SOIR, TariffGridTest.eveningCare(), BillingRules.standard(), "Mylis", MAY,
                mylisMay(), List.of(TariffGridTest.caf(800)));
        assertEquals(List.of(new InvoiceLine("Accueil Périscolaire Soir \u2013 du 01/05 au 31/05", "Mylis", 12,
                Money.ofCents(340), "")), lines);
    }

    @Test
    void a_quotient_expiring_mid_month_splits_the_line_by_price() {
        var expiring = new FamilyQuotient(800, QuotientSource.CAF, LocalDate.of(2020, 6, 1), LocalDate.of(2021, 5, 14));
        var lines = MonthlyBilling.lines(SOIR, TariffGridTest.eveningCare(), BillingRules.standard(), "Mylis", MAY,
                mylisMay(), List.of(expiring));
        assertEquals(List.of(
                new InvoiceLine("Accueil Périscolaire Soir \u2013 du 03/05 au 11/05", "Mylis", 6, Money.ofCents(340), ""),
                new InvoiceLine("Accueil Périscolaire Soir \u2013 du 17/05 au 27/05", "Mylis", 6, Money.ofCents(455),
                        "Tarif maximal appliqué : aucun quotient familial valide")), lines);
    }

    @Test
    void late_bookings_add_a_surcharge_line_rounded_per_unit() {
        var facts = List.of(
                new UsageFact(MAY.atDay(5), UsageKind.BOOKED_LATE),
                new UsageFact(MAY.atDay(12), UsageKind.BOOKED_LATE),
                new UsageFact(MAY.atDay(19), UsageKind.ATTENDED_WITHOUT_BOOKING),
                new UsageFact(MAY.atDay(26), UsageKind.BOOKED_AND_ATTENDED));
        var grid = new TariffGrid("MERCREDI", "Mercredi journée complète", LocalDate.of(2020, 9, 1), null,
                List.of(new TariffBracket("T1", 0, null, Money.ofCents(1591))));
        var rules = new BillingRules(true, Optional.of(new LateBookingSurcharge.Percentage(1000)));
        var lines = MonthlyBilling.lines("Accueils du mercredi", grid, rules, "Mylis", MAY, facts,
                List.of(TariffGridTest.caf(500)));
        String label = "Accueils du mercredi \u2013 du 01/05 au 31/05 \u2013 Mercredi journée complète";
        assertEquals(List.of(
                new InvoiceLine(label, "Mylis", 4, Money.ofCents(1591), ""),
                new InvoiceLine("Majoration réservation hors délai \u2013 " + label, "Mylis", 3, Money.ofCents(159), "")), lines);
        assertEquals("3 × 1,59\u00A0€ = 4,77\u00A0€", lines.get(1).calculation(), "10 % of 15,91 € is 1,591 € → 1,59 €, then × 3");
    }

    @Test
    void nothing_billed_gives_no_line() {
        var facts = List.of(new UsageFact(MAY.atDay(5), UsageKind.MEDICAL_ABSENCE_VALIDATED));
        assertEquals(List.of(), MonthlyBilling.lines(SOIR, TariffGridTest.eveningCare(), BillingRules.standard(), "Mylis",
                MAY, facts, List.of()));
    }

    @Test
    void facts_of_another_month_are_a_bug() {
        var facts = List.of(new UsageFact(LocalDate.of(2021, 6, 1), UsageKind.BOOKED_AND_ATTENDED));
        assertThrows(IllegalArgumentException.class, () -> MonthlyBilling.lines(SOIR, TariffGridTest.eveningCare(),
                BillingRules.standard(), "Mylis", MAY, facts, List.of()));
    }
}
