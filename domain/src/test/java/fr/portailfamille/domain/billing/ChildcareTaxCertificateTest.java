package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The childcare tax certificate of 2026, computed from fixed lines (no clock involved: the year is given). */
class ChildcareTaxCertificateTest {

    static final int YEAR = 2026;
    static final LocalDate LEA_BORN = LocalDate.of(2021, 3, 14);
    static final LocalDate HUGO_BORN = LocalDate.of(2017, 9, 2);

    static PaidChildcare lea(ActivityKind activity, long cents, LocalDate paidOn) {
        return new PaidChildcare(1, "PERI2611-000001", 10L, "Léa Dupont", LEA_BORN, activity, Money.ofCents(cents), PaymentMethod.ONLINE, paidOn);
    }

    @ParameterizedTest(name = "born {0}: under 6 on 1 January 2026 = {1}")
    @CsvSource({"2020-01-01,true", "2019-12-31,false", "2026-06-30,true", "2020-07-14,true", "2014-05-05,false"})
    void children_under_6_on_1_january_counted_by_birth_year(LocalDate born, boolean young) {
        assertEquals(young, ChildcareTaxCertificate.youngEnough(born, YEAR));
    }

    @Test
    void amounts_paid_in_the_year_per_child_for_care_never_meals() {
        var lines = List.of(
                lea(ActivityKind.ACCUEIL_SOIR, 5460, LocalDate.of(2026, 3, 2)),
                lea(ActivityKind.MERCREDI, 3000, LocalDate.of(2026, 11, 30)),
                lea(ActivityKind.VACANCES, 12000, LocalDate.of(2026, 8, 1)),
                lea(ActivityKind.ACCUEIL_MATIN, 1000, LocalDate.of(2026, 1, 5)),
                lea(ActivityKind.RESTAURATION_SCOLAIRE, 4500, LocalDate.of(2026, 3, 2)));
        var certificates = ChildcareTaxCertificate.forYear(YEAR, lines);
        assertEquals(1, certificates.size());
        var lea = certificates.getFirst().children().getFirst();
        assertEquals(Money.ofCents(5460 + 3000 + 12000 + 1000), lea.paid(), "the canteen is left out");
        assertEquals("Léa Dupont", lea.childName());
        assertEquals(LEA_BORN, lea.birthDate());
    }

    @Test
    void an_invoice_counts_in_the_year_it_was_paid_not_the_year_it_bills_and_unpaid_counts_nothing() {
        var lines = List.of(
                lea(ActivityKind.ACCUEIL_SOIR, 2000, LocalDate.of(2026, 1, 3)),   // December 2025's, paid in January 2026
                lea(ActivityKind.ACCUEIL_SOIR, 3000, LocalDate.of(2027, 1, 4)));  // December 2026's, paid in 2027
        assertEquals(Money.ofCents(2000), ChildcareTaxCertificate.forYear(YEAR, lines).getFirst().total());
        assertEquals(Money.ofCents(3000), ChildcareTaxCertificate.forYear(2027, lines).getFirst().total());
    }

    @Test
    void a_credit_note_on_a_paid_invoice_is_a_refund_taken_off() {
        var lines = List.of(lea(ActivityKind.ACCUEIL_SOIR, 5460, LocalDate.of(2026, 3, 2)),
                lea(ActivityKind.ACCUEIL_SOIR, -910, LocalDate.of(2026, 3, 2)));
        assertEquals(Money.ofCents(4550), ChildcareTaxCertificate.forYear(YEAR, lines).getFirst().total());
    }

    @Test
    void a_household_whose_care_was_all_refunded_gets_no_certificate() {
        var lines = List.of(lea(ActivityKind.ACCUEIL_SOIR, 910, LocalDate.of(2026, 3, 2)),
                lea(ActivityKind.ACCUEIL_SOIR, -910, LocalDate.of(2026, 3, 2)));
        assertEquals(List.of(), ChildcareTaxCertificate.forYear(YEAR, lines));
    }

    @Test
    void older_children_cesu_payments_and_unresolved_lines_are_left_out() {
        var paid = LocalDate.of(2026, 4, 1);
        var lines = List.of(
                new PaidChildcare(1, "A", 11L, "Hugo Dupont", HUGO_BORN, ActivityKind.ACCUEIL_SOIR, Money.ofCents(4000), PaymentMethod.CASH, paid),
                new PaidChildcare(1, "B", 10L, "Léa Dupont", LEA_BORN, ActivityKind.ACCUEIL_SOIR, Money.ofCents(700), PaymentMethod.CESU, paid),
                new PaidChildcare(1, "C", null, "Inconnu Dupont", null, ActivityKind.ACCUEIL_SOIR, Money.ofCents(800), PaymentMethod.CASH, paid),
                new PaidChildcare(1, "D", 10L, "Léa Dupont", LEA_BORN, null, Money.ofCents(900), PaymentMethod.CHEQUE, paid),
                new PaidChildcare(2, "E", 20L, "Zoé Martin", LocalDate.of(2022, 1, 1), ActivityKind.MERCREDI, Money.ofCents(1500), PaymentMethod.CHEQUE, paid));
        var certificates = ChildcareTaxCertificate.forYear(YEAR, lines);
        assertEquals(1, certificates.size(), "only the Martins have a child under 6 with care paid other than by CESU");
        assertEquals(2, certificates.getFirst().householdId());
        assertEquals(2, ChildcareTaxCertificate.unresolved(YEAR, lines));
    }

    @Test
    void children_are_listed_by_name_and_only_care_counts() {
        assertTrue(ChildcareTaxCertificate.childcare(ActivityKind.ACCUEIL_MATIN));
        assertFalse(ChildcareTaxCertificate.childcare(ActivityKind.RESTAURATION_SCOLAIRE));
        assertFalse(ChildcareTaxCertificate.childcare(null));
        var paid = LocalDate.of(2026, 4, 1);
        var lines = List.of(
                new PaidChildcare(1, "A", 12L, "Nina Dupont", LocalDate.of(2023, 2, 2), ActivityKind.ACCUEIL_SOIR, Money.ofCents(100), PaymentMethod.CASH, paid),
                lea(ActivityKind.ACCUEIL_SOIR, 200, paid));
        assertEquals(List.of("Léa Dupont", "Nina Dupont"),
                ChildcareTaxCertificate.forYear(YEAR, lines).getFirst().children().stream().map(ChildcareTaxCertificate.ChildAmount::childName).toList());
    }
}
