package fr.portailfamille.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount in euros, held as a whole number of cents: 4,55 € × 12 is exactly 54,60 €, never 54,599999….
 * Negative amounts are legal (credit notes, «avoirs»). Arithmetic that overflows a {@code long} throws
 * {@link ArithmeticException}: no town bills that much, so it can only be a bug.
 *
 * <p>French display, as CLDR and the JDK's {@code Locale.FRANCE} write it: «1 234,50 €» where the thousands
 * separator is U+202F NARROW NO-BREAK SPACE, the decimal separator a comma, and the space before «€» U+00A0
 * NO-BREAK SPACE (so «€» never starts a line on its own). The sign is U+002D HYPHEN-MINUS: «-12,00 €».
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** U+202F, between groups of three digits. */
    public static final char THOUSANDS_SEPARATOR = '\u202F';
    /** U+00A0, between the number and «€». */
    public static final char SPACE_BEFORE_SYMBOL = '\u00A0';
    public static final String SYMBOL = "€";

    private static final Pattern INPUT = Pattern.compile("(-)?(\\d+)(?:[.,](\\d+))?");

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Whole euros, for tests and settings: {@code euros(15)} is 15,00 €. */
    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100L));
    }

    /**
     * Agent input such as «54,60», «54.60», «54», «1 234,50 €» or «-12,00» (a credit). Accepts a decimal comma or
     * point, one or two decimals, a sign («-» or «−» U+2212), spaces of any kind between digit groups and a
     * trailing «€». Refuses «1.234,50»: with both separators we cannot know which one the agent meant as decimal.
     */
    public static MoneyInput parse(String raw) {
        if (raw == null || raw.isBlank()) return new MoneyInput.Invalid(MoneyInput.EMPTY);
        String s = raw.strip();
        if (s.endsWith(SYMBOL)) s = s.substring(0, s.length() - 1).strip();
        s = s.replace('\u2212', '-').replaceAll("[\\s\\u00A0\\u202F\\u2009]", "");
        Matcher m = INPUT.matcher(s);
        if (!m.matches()) return new MoneyInput.Invalid(MoneyInput.NOT_AN_AMOUNT);
        String decimals = m.group(3) == null ? "" : m.group(3);
        if (decimals.length() > 2) return new MoneyInput.Invalid(MoneyInput.TOO_MANY_DECIMALS);
        String euros = m.group(2).replaceFirst("^0+(?=\\d)", "");
        // More than seven digits exceed the maximum; checking the length first keeps parseLong from overflowing.
        if (euros.length() > 7) return new MoneyInput.Invalid(MoneyInput.TOO_LARGE);
        long cents = Long.parseLong(euros) * 100 + Long.parseLong((decimals + "00").substring(0, 2));
        if (cents > MoneyInput.MAX.cents()) return new MoneyInput.Invalid(MoneyInput.TOO_LARGE);
        return new MoneyInput.Valid(new Money(m.group(1) == null ? cents : -cents));
    }

    /** Sum of the amounts; zero for none. */
    public static Money sum(Collection<Money> amounts) {
        long total = 0;
        for (Money m : amounts) total = Math.addExact(total, Objects.requireNonNull(m, "amount").cents);
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    /** Exact: a quantity of units at this unit price. */
    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, (long) quantity));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    /**
     * This amount × numerator / denominator, rounded to the cent half-up (a half cent goes away from zero,
     * as {@link RoundingMode#HALF_UP}): 10 % of 4,55 € is 0,455 € → 0,46 €; of -4,55 € → -0,46 €.
     */
    public Money scaled(long numerator, long denominator) {
        if (denominator == 0) throw new IllegalArgumentException("denominator is zero");
        BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(numerator));
        return new Money(exact.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** «1 234,50 €» (see the class comment for the exact characters). */
    public String format() {
        return formatNumber() + SPACE_BEFORE_SYMBOL + SYMBOL;
    }

    /** «1 234,50» without the symbol, for a «Prix unitaire» column whose header says «€». */
    public String formatNumber() {
        // Long.MIN_VALUE has no absolute value: absExact throws, and no régie bills -92 million billion euros.
        long abs = Math.absExact(cents);
        String euros = Long.toString(abs / 100);
        StringBuilder out = new StringBuilder(euros.length() + 8);
        if (cents < 0) out.append('-');
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) out.append(THOUSANDS_SEPARATOR);
            out.append(euros.charAt(i));
        }
        long rest = abs % 100;
        return out.append(',').append(rest < 10 ? "0" : "").append(rest).toString();
    }

    /** Shown in logs and assertion messages; screens use {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
