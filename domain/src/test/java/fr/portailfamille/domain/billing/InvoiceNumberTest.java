package fr.portailfamille.domain.billing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvoiceNumberTest {

    @ParameterizedTest(name = "{0} {1} #{2} → {3}")
    @CsvSource({
            "PERI, 2021-05, 123, PERI2105-000123",
            "PERI, 2021-05, 1, PERI2105-000001",
            "PERI, 2021-12, 999999, PERI2112-999999",
            "REST, 2030-01, 42, REST3001-000042",
            "A1, 2009-10, 7, A10910-000007",
    })
    void default_pattern_formats_and_parses_back(String prefix, YearMonth month, int sequence, String text) {
        var number = InvoiceNumber.of(prefix, month, sequence);
        assertEquals(new InvoiceNumber(text, month, sequence), number);
        assertEquals(text, number.toString());
        assertEquals(Optional.of(number), InvoiceNumber.parse(prefix, text));
        assertEquals(month.getYear(), number.sequenceYear());
    }

    @Test
    void parsing_forgives_spaces_and_lower_case_as_typed_in_a_search_box() {
        assertEquals(Optional.of(InvoiceNumber.of("PERI", YearMonth.of(2021, 5), 123)),
                InvoiceNumber.parse("PERI", "  peri2105-000123 "));
    }

    @ParameterizedTest(name = "«{0}» is not a PERI number")
    @ValueSource(strings = {"", "PERI2105", "PERI2105-00123", "PERI2105-0001234", "PERI2113-000123", "PERI2100-000123",
            "PERI2105-000000", "REST2105-000123", "PERI2105000123", "PERI2105–000123", "XPERI2105-000123"})
    void anything_else_is_not_a_number(String text) {
        assertEquals(Optional.empty(), InvoiceNumber.parse("PERI", text));
    }

    @Test
    void null_is_not_a_number() {
        assertEquals(Optional.empty(), InvoiceNumber.parse("PERI", null));
    }

    @Test
    void a_sequence_too_wide_for_the_pattern_is_a_bug() {
        assertThrows(IllegalStateException.class, () -> InvoiceNumber.of("PERI", YearMonth.of(2021, 5), 1_000_000));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumber.of("PERI", YearMonth.of(2021, 5), 0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'{prefix}{yyyy}{MM}{seq:5}',     PERI20210500123",
            "'FAC/{yyyy}/{MM}/{seq:4}',       FAC/2021/05/0123",
            "'{yy}{MM}-{prefix}-{seq:3}',     2105-PERI-123",
            "'{prefix}_{yy}_{MM}_{seq:9}',    PERI_21_05_000000123",
    })
    void other_patterns_round_trip(String template, String text) {
        var pattern = new InvoiceNumberPattern(template);
        var number = pattern.format("PERI", YearMonth.of(2021, 5), 123);
        assertEquals(text, number.value());
        assertEquals(Optional.of(number), pattern.parse("PERI", text));
    }

    @Test
    void a_pattern_needs_year_month_and_sequence_once_each() {
        assertEquals(List.of(), InvoiceNumberPattern.problems(InvoiceNumberPattern.DEFAULT_TEMPLATE));
        assertEquals(List.of(InvoiceNumberPattern.NO_SEQUENCE), InvoiceNumberPattern.problems("{prefix}{yy}{MM}"));
        assertEquals(List.of(InvoiceNumberPattern.NO_YEAR), InvoiceNumberPattern.problems("{prefix}{MM}-{seq:6}"));
        assertEquals(List.of(InvoiceNumberPattern.NO_MONTH), InvoiceNumberPattern.problems("{prefix}{yyyy}-{seq:6}"));
        assertEquals(List.of(InvoiceNumberPattern.REPEATED), InvoiceNumberPattern.problems("{prefix}{yy}{yyyy}{MM}-{seq:6}"));
        assertEquals(List.of(InvoiceNumberPattern.BAD_PART), InvoiceNumberPattern.problems("{prefix}{yy}{MM} {seq:6}"));
        assertEquals(List.of(InvoiceNumberPattern.BAD_PART), InvoiceNumberPattern.problems("{prefix}{yy}{MM}-{seq:12}"));
        assertEquals(List.of(InvoiceNumberPattern.BAD_PART), InvoiceNumberPattern.problems("{prefix}{yy}{mm}-{seq:6}"));
        assertEquals(List.of(InvoiceNumberPattern.BAD_PART), InvoiceNumberPattern.problems(""));
        assertEquals(List.of(InvoiceNumberPattern.BAD_PART), InvoiceNumberPattern.problems(null));
        assertEquals("Le modèle doit contenir l'année, {yy} ou {yyyy} : la numérotation repart à 1 chaque année.",
                InvoiceNumberPattern.NO_YEAR);
        assertThrows(IllegalArgumentException.class, () -> new InvoiceNumberPattern("{prefix}-{seq:6}"));
    }

    @Test
    void a_series_hands_out_consecutive_numbers_without_gap() {
        var series = InvoiceSequence.start(1, 2021);
        var may = series.reserve(YearMonth.of(2021, 5), 3);
        assertEquals(1, may.first());
        assertEquals(3, may.last());
        assertEquals(3, may.count());
        var june = may.next().reserve(YearMonth.of(2021, 6), 2);
        assertEquals(4, june.first(), "June continues May's series: one series per year, not per month");
        assertEquals(5, june.last());
        assertEquals(new InvoiceSequence(1, 2021, 5), june.next());
    }

    @Test
    void each_year_has_its_own_series_named_by_the_invoicing_month() {
        var series2021 = new InvoiceSequence(1, 2021, 1842);
        // The December 2021 run finalised on 5 January 2022 still belongs to 2021's series.
        assertEquals(1843, series2021.reserve(YearMonth.of(2021, 12), 1).first());
        assertThrows(IllegalArgumentException.class, () -> series2021.reserve(YearMonth.of(2022, 1), 1));
        assertEquals(1, InvoiceSequence.start(1, 2022).reserve(YearMonth.of(2022, 1), 1).first());
        assertThrows(IllegalArgumentException.class, () -> series2021.reserve(YearMonth.of(2021, 12), 0));
        assertThrows(IllegalArgumentException.class, () -> new InvoiceSequence(0, 2021, 0));
        assertThrows(IllegalArgumentException.class, () -> new InvoiceSequence(1, 2021, -1));
    }
}
