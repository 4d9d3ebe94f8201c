package fr.portailfamille.domain.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    /** Written out with escapes so that an editor cannot silently turn them into ordinary spaces. */
    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    @ParameterizedTest(name = "{0} cents → «{1}»")
    @CsvSource(delimiter = '|', value = {
            "0          | 0,00",
            "5          | 0,05",
            "99         | 0,99",
            "5460       | 54,60",
            "100000     | 1_000,00",
            "123450     | 1_234,50",
            "99999999   | 999_999,99",
            "123456789  | 1_234_567,89",
            "-1200      | -12,00",
            "-5         | -0,05",
            "-123450    | -1_234,50",
    })
    void french_formatting_with_the_exact_characters(long cents, String expected) {
        // «_» stands for U+202F in the table; the formatter must never emit an ordinary space there.
        String number = expected.replace("_", NNBSP);
        assertEquals(number, Money.ofCents(cents).formatNumber());
        assertEquals(number + NBSP + "€", Money.ofCents(cents).format());
    }

    @Test
    void the_characters_are_the_narrow_and_plain_no_break_spaces() {
        String text = Money.ofCents(123450).format();
        assertEquals("1\u202F234,50\u00A0€", text);
        assertEquals(0x202F, text.codePointAt(1));
        assertEquals(0x00A0, text.codePointAt(text.length() - 2));
        assertFalse(text.contains(" "), "no ordinary space");
        assertEquals("54,60 €".replace(' ', '\u00A0'), Money.ofCents(5460).toString());
    }

    @Test
    void twelve_times_four_fifty_five_is_exactly_fifty_four_sixty() {
        assertEquals(Money.ofCents(5460), Money.ofCents(455).times(12));
        assertEquals(Money.ofCents(6608), Money.ofCents(472).times(14));
        assertEquals(Money.ofCents(6364), Money.ofCents(1591).times(4));
        assertEquals(Money.ofCents(18432), Money.sum(List.of(Money.ofCents(5460), Money.ofCents(6608), Money.ofCents(6364))));
        // Where doubles go wrong: 0.1 + 0.2 != 0.3.
        assertEquals(Money.ofCents(30), Money.ofCents(10).plus(Money.ofCents(20)));
    }

    @Test
    void arithmetic_and_comparison() {
        var a = Money.euros(15);
        var b = Money.ofCents(455);
        assertEquals(Money.ofCents(1955), a.plus(b));
        assertEquals(Money.ofCents(1045), a.minus(b));
        assertEquals(Money.ofCents(-1045), b.minus(a));
        assertEquals(Money.ofCents(-455), b.negate());
        assertEquals(Money.ZERO, b.times(0));
        assertEquals(Money.ZERO, Money.sum(List.of()));
        assertTrue(a.isGreaterThan(b));
        assertTrue(b.isLessThan(a));
        assertTrue(a.compareTo(b) > 0);
        assertEquals(0, b.compareTo(Money.ofCents(455)));
        assertTrue(b.negate().isNegative());
        assertTrue(b.isPositive());
        assertTrue(Money.ZERO.isZero());
        assertFalse(Money.ZERO.isPositive() || Money.ZERO.isNegative());
    }

    @ParameterizedTest(name = "{0} cents × {1}/{2} → {3}")
    @CsvSource({
            "455, 1000, 10000, 46",      // 45,5 → 46: a half cent goes up
            "445, 1000, 10000, 45",      // 44,5 → 45
            "444, 1000, 10000, 44",      // 44,4 → 44
            "-455, 1000, 10000, -46",    // half away from zero, symmetric for credits
            "1591, 1250, 10000, 199",    // 198,875 → 199
            "1000, 1, 3, 333",
            "2000, 1, 3, 667",
    })
    void scaling_rounds_half_up_to_the_cent(long cents, long numerator, long denominator, long expected) {
        assertEquals(Money.ofCents(expected), Money.ofCents(cents).scaled(numerator, denominator));
    }

    @Test
    void overflow_is_a_bug_not_a_wrong_amount() {
        assertThrows(ArithmeticException.class, () -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)));
        assertThrows(ArithmeticException.class, () -> Money.ofCents(Long.MAX_VALUE / 2).times(3));
        assertThrows(ArithmeticException.class, () -> Money.ofCents(Long.MIN_VALUE).negate());
        assertThrows(IllegalArgumentException.class, () -> Money.euros(1).scaled(1, 0));
    }

    @ParameterizedTest(name = "«{0}» → {1} cents")
    @CsvSource(delimiter = '|', value = {
            "54,60        | 5460",
            "54.60        | 5460",
            "54           | 5400",
            "54,6         | 5460",
            "0,05         | 5",
            "  4,55  	  | 455",
            "1 234,50     | 123450",
            "1\u202F234,50\u00A0€ | 123450",
            "12 €         | 1200",
            "12€          | 1200",
            "-12,00       | -1200",
            "\u221212,00  | -1200",
            "007,50       | 750",
            "1000000      | 100000000",
    })
    void agent_input_is_read_in_french_or_with_a_point(String raw, long cents) {
        assertEquals(new MoneyInput.Valid(Money.ofCents(cents)), Money.parse(raw));
        assertEquals("", Money.parse(raw).message());
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "''           | Saisissez un montant, par exemple 54,60.",
            "'   '        | Saisissez un montant, par exemple 54,60.",
            "abc          | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            "54,          | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            ",50          | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            "1.234,50     | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            "12,5,0       | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            "1e3          | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            "+12          | Saisissez un montant en euros, par exemple 54,60 ou 54.",
            "54,605       | Un montant a au plus deux chiffres après la virgule (les centimes).",
            "1000000,01   | Le montant ne peut pas dépasser 1 000 000,00 €.",
            "99999999999999999999999 | Le montant ne peut pas dépasser 1 000 000,00 €.",
    })
    void bad_input_gets_a_french_message(String raw, String message) {
        var result = assertInstanceOf(MoneyInput.Invalid.class, Money.parse(raw));
        assertEquals(message, result.message());
    }

    @Test
    void null_input_is_an_empty_field() {
        assertEquals(new MoneyInput.Invalid(MoneyInput.EMPTY), Money.parse(null));
    }

    @Test
    void what_is_formatted_parses_back() {
        for (long cents : new long[] {0, 7, 455, 5460, 123450, -1200, 99_999_999}) {
            var money = Money.ofCents(cents);
            assertEquals(new MoneyInput.Valid(money), Money.parse(money.format()), money.format());
        }
    }
}
