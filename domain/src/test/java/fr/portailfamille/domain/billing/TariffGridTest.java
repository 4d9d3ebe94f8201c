package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffGridTest {

    static final LocalDate SCHOOL_YEAR_START = LocalDate.of(2020, 9, 1);
    static final LocalDate SCHOOL_YEAR_END = LocalDate.of(2021, 8, 31);
    static final LocalDate MAY_12 = LocalDate.of(2021, 5, 12);

    /** Villepreux-like evening care prices, T1 … T8. */
    static List<TariffBracket> eightBrackets() {
        return List.of(
                new TariffBracket("T1", 0, 450, Money.ofCents(210)),
                new TariffBracket("T2", 451, 700, Money.ofCents(285)),
                new TariffBracket("T3", 701, 950, Money.ofCents(340)),
                new TariffBracket("T4", 951, 1200, Money.ofCents(395)),
                new TariffBracket("T5", 1201, 1500, Money.ofCents(420)),
                new TariffBracket("T6", 1501, 1800, Money.ofCents(440)),
                new TariffBracket("T7", 1801, 2100, Money.ofCents(450)),
                new TariffBracket("T8", 2101, null, Money.ofCents(455)));
    }

    static TariffGrid eveningCare() {
        return new TariffGrid("PERI-SOIR", "", SCHOOL_YEAR_START, SCHOOL_YEAR_END, eightBrackets());
    }

    static FamilyQuotient caf(int euros) {
        return new FamilyQuotient(euros, QuotientSource.CAF, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
    }

    @ParameterizedTest(name = "QF {0} € → {1} at {2} cents")
    @CsvSource({
            "0, T1, 210",
            "450, T1, 210",
            "451, T2, 285",
            "700, T2, 285",
            "701, T3, 340",
            "950, T3, 340",
            "951, T4, 395",
            "1200, T4, 395",
            "1201, T5, 420",
            "1800, T6, 440",
            "1801, T7, 450",
            "2100, T7, 450",
            "2101, T8, 455",
            "99999, T8, 455",
    })
    void a_valid_quotient_picks_its_bracket_both_ends_included(int quotient, String bracket, long cents) {
        var choice = eveningCare().unitPrice(Optional.of(caf(quotient)), MAY_12);
        assertEquals(bracket, choice.bracketLabel());
        assertEquals(Money.ofCents(cents), choice.unitPrice());
        assertFalse(choice.maximumForLackOfQuotient());
        assertEquals(Optional.empty(), choice.invoiceNote());
        assertEquals("Tranche " + bracket + " : quotient familial " + quotient + "\u00A0€ (Attestation CAF)", choice.reason());
    }

    @Test
    void no_quotient_means_the_maximum_tariff_and_the_invoice_says_why() {
        var choice = eveningCare().unitPrice(Optional.empty(), MAY_12);
        assertEquals(new TariffChoice("T8", Money.ofCents(455),
                "Tarif maximal appliqué : aucun quotient familial valide", true), choice);
        assertEquals(Optional.of("Tarif maximal appliqué : aucun quotient familial valide"), choice.invoiceNote());
    }

    @ParameterizedTest(name = "QF valid {0} … {1}, service on {2} → maximum: {3}")
    @CsvSource({
            "2021-01-01, 2021-12-31, 2021-05-12, false",
            "2021-01-01, 2021-05-12, 2021-05-12, false",   // last valid day
            "2021-05-12, 2021-12-31, 2021-05-12, false",   // first valid day
            "2020-01-01, 2021-05-11, 2021-05-12, true",    // expired the day before
            "2021-05-13, 2021-12-31, 2021-05-12, true",    // not valid yet
    })
    void a_quotient_counts_only_on_the_days_it_is_valid(LocalDate from, LocalDate to, LocalDate serviceDate, boolean maximum) {
        var quotient = new FamilyQuotient(300, QuotientSource.AVIS_IMPOSITION, from, to);
        var choice = eveningCare().unitPrice(Optional.of(quotient), serviceDate);
        assertEquals(maximum, choice.maximumForLackOfQuotient());
        assertEquals(maximum ? "T8" : "T1", choice.bracketLabel());
        assertEquals(Money.ofCents(maximum ? 455 : 210), choice.unitPrice());
    }

    @Test
    void the_maximum_is_the_highest_price_wherever_its_bracket_is() {
        var odd = List.of(
                new TariffBracket("Réduit", 0, 999, Money.ofCents(300)),
                new TariffBracket("Plein", 1000, 1999, Money.ofCents(600)),
                new TariffBracket("Aidé", 2000, null, Money.ofCents(500)));
        var grid = new TariffGrid("PERI-SOIR", "", SCHOOL_YEAR_START, null, odd);
        assertEquals("Plein", grid.maximum().label());
        assertEquals(Money.ofCents(600), grid.unitPrice(Optional.empty(), MAY_12).unitPrice());
    }

    @Test
    void among_a_history_the_quotient_valid_that_day_decides_and_the_newest_wins_an_overlap() {
        var old = new FamilyQuotient(300, QuotientSource.AVIS_IMPOSITION, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 5, 31));
        var renewed = new FamilyQuotient(1000, QuotientSource.MSA, LocalDate.of(2021, 5, 15), LocalDate.of(2022, 5, 14));
        var history = List.of(renewed, old);
        assertEquals("T1", eveningCare().unitPrice(history, LocalDate.of(2021, 5, 14)).bracketLabel());
        assertEquals("T4", eveningCare().unitPrice(history, LocalDate.of(2021, 5, 15)).bracketLabel());
        assertEquals("T4", eveningCare().unitPrice(history, LocalDate.of(2021, 6, 1)).bracketLabel());
        assertEquals(Optional.empty(), FamilyQuotient.validOn(history, LocalDate.of(2019, 12, 31)));
        assertTrue(eveningCare().unitPrice(List.<FamilyQuotient>of(), MAY_12).maximumForLackOfQuotient());
    }

    @Test
    void on_the_same_start_date_the_quotient_recorded_last_wins() {
        var attestation = new FamilyQuotient(850, QuotientSource.CAF, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
        var fromTheCaf = new FamilyQuotient(640, QuotientSource.CAF, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
        assertEquals(Optional.of(fromTheCaf), FamilyQuotient.validOn(List.of(attestation, fromTheCaf), LocalDate.of(2028, 3, 1)));
        assertEquals(Optional.of(attestation), FamilyQuotient.validOn(List.of(fromTheCaf, attestation), LocalDate.of(2028, 3, 1)));
    }

    @Test
    void brackets_may_be_entered_in_any_order() {
        var shuffled = new ArrayList<>(eightBrackets());
        Collections.reverse(shuffled);
        assertEquals(List.of(), TariffGrid.problems(shuffled));
        assertEquals(eveningCare().brackets(), new TariffGrid("PERI-SOIR", "", SCHOOL_YEAR_START, SCHOOL_YEAR_END, shuffled).brackets());
    }

    @Test
    void a_grid_applies_during_its_period_only() {
        var grid = eveningCare();
        assertTrue(grid.appliesOn(SCHOOL_YEAR_START));
        assertTrue(grid.appliesOn(SCHOOL_YEAR_END));
        assertFalse(grid.appliesOn(SCHOOL_YEAR_START.minusDays(1)));
        assertFalse(grid.appliesOn(SCHOOL_YEAR_END.plusDays(1)));
        assertTrue(new TariffGrid("PERI-SOIR", "", SCHOOL_YEAR_START, null, eightBrackets()).appliesOn(LocalDate.of(2030, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> grid.unitPrice(Optional.empty(), SCHOOL_YEAR_END.plusDays(1)));
    }

    private static TariffBracket b(String label, int from, Integer to, long cents) {
        return new TariffBracket(label, from, to, Money.ofCents(cents));
    }

    @Test
    void a_gap_between_brackets_is_refused() {
        assertEquals(List.of("Il manque des quotients entre les tranches T1 et T2 : T1 s'arrête à 450 €, T2 commence à 500 €."),
                TariffGrid.problems(List.of(b("T1", 0, 450, 210), b("T2", 500, null, 285))));
        assertEquals(List.of("Il manque des quotients entre les tranches T1 et T2 : T1 s'arrête à 450 €, T2 commence à 452 €."),
                TariffGrid.problems(List.of(b("T1", 0, 450, 210), b("T2", 452, null, 285))), "a QF of 451 € would have no price");
    }

    @Test
    void overlapping_brackets_are_refused() {
        assertEquals(List.of("Les tranches T1 et T2 se chevauchent : T1 va jusqu'à 450 €, T2 commence à 450 €."),
                TariffGrid.problems(List.of(b("T1", 0, 450, 210), b("T2", 450, null, 285))));
    }

    @Test
    void the_first_starts_at_zero_and_the_last_has_no_ceiling() {
        assertEquals(List.of("La première tranche (T1) doit commencer à 0 €.", "La dernière tranche (T2) doit être sans plafond."),
                TariffGrid.problems(List.of(b("T1", 1, 450, 210), b("T2", 451, 2000, 285))));
        assertEquals(List.of("Seule la dernière tranche peut être sans plafond ; T1 en a un suivant."),
                TariffGrid.problems(List.of(b("T1", 0, null, 210), b("T2", 451, null, 285))));
    }

    @Test
    void labels_prices_and_bounds_are_checked_too() {
        assertEquals(List.of("Définissez au moins une tranche."), TariffGrid.problems(List.of()));
        assertEquals(List.of("Deux tranches portent le même nom : T1."),
                TariffGrid.problems(List.of(b("T1", 0, 450, 210), b("T1", 451, null, 285))));
        assertEquals(List.of("Le prix de la tranche T2 ne peut pas être négatif."),
                TariffGrid.problems(List.of(b("T1", 0, 450, 210), b("T2", 451, null, -1))));
        assertTrue(TariffGrid.problems(List.of(b("T1", 0, 450, 210), b("T2", 451, 400, 285), b("T3", 401, null, 300)))
                .contains("La tranche T2 finit (400 €) avant de commencer (451 €)."));
        assertEquals(List.of(), TariffGrid.problems(List.of(b("Gratuit", 0, 300, 0), b("T2", 301, null, 285))),
                "a free bracket is allowed");
    }

    @Test
    void an_invalid_grid_cannot_be_built() {
        assertThrows(IllegalArgumentException.class,
                () -> new TariffGrid("PERI-SOIR", "", SCHOOL_YEAR_START, null, List.of(b("T1", 0, 450, 210), b("T2", 500, null, 285))));
        assertThrows(IllegalArgumentException.class, () -> new TariffGrid("peri soir", "", SCHOOL_YEAR_START, null, eightBrackets()));
        assertThrows(IllegalArgumentException.class,
                () -> new TariffGrid("PERI-SOIR", "", SCHOOL_YEAR_START, SCHOOL_YEAR_START.minusDays(1), eightBrackets()));
    }

    @Test
    void quotients_and_their_sources() {
        assertEquals("Avis d'imposition", QuotientSource.AVIS_IMPOSITION.label());
        assertEquals("Attestation CAF", QuotientSource.CAF.label());
        assertEquals("Attestation MSA", QuotientSource.MSA.label());
        assertThrows(IllegalArgumentException.class, () -> new FamilyQuotient(-1, QuotientSource.CAF, MAY_12, MAY_12));
        assertThrows(IllegalArgumentException.class, () -> new FamilyQuotient(500, QuotientSource.CAF, MAY_12, MAY_12.minusDays(1)));
    }
}
