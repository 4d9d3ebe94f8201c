package fr.portailfamille.domain.billing;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The number printed on an invoice or a credit note, e.g. «PERI2105-000123», with the parts it was made of.
 * Numbers come from one gap-free series per régie and year (see {@link InvoiceSequence}).
 *
 * @param value    the printed number
 * @param month    the invoicing month (the month billed), whose year also names the sequence's year
 * @param sequence the rank in that series, from 1
 */
public record InvoiceNumber(String value, YearMonth month, int sequence) {

    public InvoiceNumber {
        if (Objects.requireNonNull(value, "value").isBlank()) throw new IllegalArgumentException("value is blank");
        Objects.requireNonNull(month, "month");
        if (sequence < 1) throw new IllegalArgumentException("sequences start at 1");
    }

    /** With the default pattern: («PERI», 2021-05, 123) → «PERI2105-000123». */
    public static InvoiceNumber of(String prefix, YearMonth month, int sequence) {
        return InvoiceNumberPattern.DEFAULT.format(prefix, month, sequence);
    }

    /** With the default pattern; empty when {@code text} is not a number of that prefix. */
    public static Optional<InvoiceNumber> parse(String prefix, String text) {
        return InvoiceNumberPattern.DEFAULT.parse(prefix, text);
    }

    /** The year whose series this number belongs to. */
    public int sequenceYear() {
        return month.getYear();
    }

    @Override
    public String toString() {
        return value;
    }
}
