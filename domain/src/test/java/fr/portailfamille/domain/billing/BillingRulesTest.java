package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BillingRulesTest {

    private static final LateBookingSurcharge ONE_EURO = new LateBookingSurcharge.FixedAmount(Money.euros(1));

    @ParameterizedTest(name = "{0}, late cancellations billed: {1}, surcharge: {2} → {3}")
    @CsvSource({
            "BOOKED_AND_ATTENDED,        true,  false, BILLED",
            "BOOKED_AND_ATTENDED,        false, true,  BILLED",
            "BOOKED_ABSENT_UNJUSTIFIED,  true,  false, BILLED",
            "BOOKED_ABSENT_UNJUSTIFIED,  false, true,  BILLED",
            "MEDICAL_ABSENCE_VALIDATED,  true,  true,  NOT_BILLED",
            "MEDICAL_ABSENCE_VALIDATED,  false, false, NOT_BILLED",
            "CANCELLED_IN_TIME,          true,  true,  NOT_BILLED",
            "CANCELLED_BY_TOWN,          true,  true,  NOT_BILLED",
            "CANCELLED_LATE,             true,  false, BILLED",
            "CANCELLED_LATE,             true,  true,  BILLED",
            "CANCELLED_LATE,             false, false, NOT_BILLED",
            "CANCELLED_LATE,             false, true,  NOT_BILLED",
            "BOOKED_LATE,                true,  false, BILLED",
            "BOOKED_LATE,                true,  true,  BILLED_WITH_SURCHARGE",
            "ATTENDED_WITHOUT_BOOKING,   false, false, BILLED",
            "ATTENDED_WITHOUT_BOOKING,   false, true,  BILLED_WITH_SURCHARGE",
    })
    void what_one_day_costs(UsageKind kind, boolean billLateCancellations, boolean surcharge, BillingRules.DayBilling expected) {
        var rules = new BillingRules(billLateCancellations, surcharge ? Optional.of(ONE_EURO) : Optional.empty());
        assertEquals(expected, rules.decide(kind));
    }

    @Test
    void every_kind_of_day_has_a_rule_and_a_french_label() {
        for (UsageKind kind : UsageKind.values()) {
            BillingRules.standard().decide(kind);
            assertEquals(false, kind.label().isBlank(), kind.name());
        }
        assertEquals("Absence médicale justifiée", UsageKind.MEDICAL_ABSENCE_VALIDATED.label());
        assertEquals("Annulé hors délai", UsageKind.CANCELLED_LATE.label());
    }

    private static UsageFact on(int day, UsageKind kind) {
        return new UsageFact(LocalDate.of(2021, 5, day), kind);
    }

    @Test
    void a_month_of_facts_gives_the_billed_and_surcharged_days_in_date_order() {
        var facts = List.of(
                on(4, UsageKind.BOOKED_AND_ATTENDED),
                on(3, UsageKind.BOOKED_LATE),
                on(6, UsageKind.MEDICAL_ABSENCE_VALIDATED),
                on(7, UsageKind.CANCELLED_LATE),
                on(10, UsageKind.BOOKED_ABSENT_UNJUSTIFIED),
                on(11, UsageKind.CANCELLED_IN_TIME),
                on(12, UsageKind.ATTENDED_WITHOUT_BOOKING));
        var days = new BillingRules(false, Optional.of(ONE_EURO)).billableDays(facts);
        assertEquals(List.of(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 4), LocalDate.of(2021, 5, 10),
                LocalDate.of(2021, 5, 12)), days.billed());
        assertEquals(List.of(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 12)), days.surcharged());
        assertEquals(4, days.billedQuantity());
        assertEquals(2, days.surchargedQuantity());

        var standard = BillingRules.standard().billableDays(facts);
        assertEquals(5, standard.billedQuantity(), "late cancellation billed");
        assertEquals(0, standard.surchargedQuantity());
    }

    @Test
    void two_facts_on_one_day_are_a_bug_upstream() {
        assertThrows(IllegalArgumentException.class, () -> BillingRules.standard()
                .billableDays(List.of(on(3, UsageKind.BOOKED_AND_ATTENDED), on(3, UsageKind.CANCELLED_LATE))));
    }

    @ParameterizedTest(name = "{0} of {1} cents → {2} cents per unit")
    @CsvSource({
            "1000, 455, 46",    // 45,5 c → 46 c (half-up)
            "1000, 445, 45",    // 44,5 c → 45 c
            "1000, 444, 44",
            "1250, 1591, 199",  // 198,875 c → 199 c
            "2500, 472, 118",
            "10000, 455, 455",  // doubling
            "1000, 0, 0",       // a free bracket has no surcharge
    })
    void a_percentage_surcharge_is_rounded_half_up_per_unit(int basisPoints, long unitCents, long expectedCents) {
        assertEquals(Money.ofCents(expectedCents), new LateBookingSurcharge.Percentage(basisPoints).perUnit(Money.ofCents(unitCents)));
    }

    @Test
    void surcharges_describe_themselves_in_french() {
        assertEquals("+ 1,00\u00A0€ par unité", ONE_EURO.describe());
        assertEquals("+ 10\u00A0% du prix unitaire", new LateBookingSurcharge.Percentage(1000).describe());
        assertEquals("+ 12,5\u00A0% du prix unitaire", new LateBookingSurcharge.Percentage(1250).describe());
        assertEquals("+ 12,05\u00A0% du prix unitaire", new LateBookingSurcharge.Percentage(1205).describe());
        assertEquals(Money.euros(1), ONE_EURO.perUnit(Money.ofCents(455)));
        assertThrows(IllegalArgumentException.class, () -> new LateBookingSurcharge.Percentage(0));
        assertThrows(IllegalArgumentException.class, () -> new LateBookingSurcharge.Percentage(10_001));
        assertThrows(IllegalArgumentException.class, () -> new LateBookingSurcharge.FixedAmount(Money.ZERO));
    }
}
