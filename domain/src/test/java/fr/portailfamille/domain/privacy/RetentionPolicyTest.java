package fr.portailfamille.domain.privacy;

import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetentionPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    final RetentionPolicy policy = RetentionPolicy.defaults();

    @ParameterizedTest(name = "left {0}, last settled {1}, {2} to pay ⇒ {3}")
    @CsvSource(nullValues = "-", value = {
            // counted from the later of the departure and the last settlement
            "2026-07-31, 2026-09-15, 0, 2027-09-15",
            "2026-07-31, 2026-03-02, 0, 2027-07-31",
            // never had an invoice
            "2026-07-31, -, 0, 2027-07-31",
            // an invoice still to pay: kept
            "2026-07-31, 2026-09-15, 1, -"})
    void a_household_that_left_is_anonymised_a_year_after_its_last_invoice_is_settled(LocalDate left, LocalDate settled, int toPay, LocalDate day) {
        assertEquals(Optional.ofNullable(day), policy.householdPurgeDay(left, settled, toPay));
    }

    @Test
    void a_health_sheet_goes_the_day_after_the_school_year_of_the_last_enrolment() {
        assertEquals(LocalDate.of(2027, 9, 1), policy.healthSheetPurgeDay(SchoolYear.startingIn(2026)));
    }

    @Test
    void the_cutoffs_count_back_from_today() {
        assertEquals(LocalDate.of(2026, 9, 5), policy.documentsValidBefore(TODAY), "validity plus 3 months");
        assertEquals(LocalDate.of(2024, 12, 5), policy.messagesInactiveSince(TODAY), "2 years");
        assertEquals(LocalDate.of(2023, 12, 5), policy.auditBefore(TODAY), "3 years");
        var longer = new RetentionPolicy(2, 6, 5, 6, 12);
        assertEquals(Optional.of(LocalDate.of(2028, 7, 31)), longer.householdPurgeDay(LocalDate.of(2026, 7, 31), null, 0));
        assertEquals(LocalDate.of(2026, 6, 5), longer.documentsValidBefore(TODAY));
        assertEquals(LocalDate.of(2016, 12, 5), policy.invoicesIssuedBefore(TODAY), "the public accountant's 10 years");
        assertEquals(LocalDate.of(2014, 12, 5), longer.invoicesIssuedBefore(TODAY), "a town keeping them 12 years");
        assertEquals(LocalDate.of(2020, 12, 5), longer.auditBefore(TODAY));
    }

    @Test
    void the_form_refuses_durations_out_of_bounds_with_a_french_message_per_field() {
        var valid = assertInstanceOf(RetentionPolicy.Input.Valid.class, RetentionPolicy.parse(Map.of("householdYears", "2", "documentMonths", "6",
                "messageYears", "3", "auditYears", "5", "invoiceYears", "10")));
        assertEquals(new RetentionPolicy(2, 6, 3, 5, 10), valid.policy());
        var invalid = assertInstanceOf(RetentionPolicy.Input.Invalid.class, RetentionPolicy.parse(Map.of("householdYears", "deux",
                "documentMonths", "6", "messageYears", "0", "auditYears", "5", "invoiceYears", "5")));
        assertEquals(java.util.Set.of("householdYears", "messageYears", "invoiceYears"), invalid.errors().keySet());
        assertEquals("Factures : au moins 10 ans (comptable public), au plus 30 ans.", invalid.errors().get("invoiceYears"));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(1, 3, 2, 3, 9), "never under the accountant's ten years");
    }
}
