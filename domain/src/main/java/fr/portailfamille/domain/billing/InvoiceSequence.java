package fr.portailfamille.domain.billing;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The gap-free series of invoice numbers of one régie for one year: the Trésor public checks that no number is
 * missing, so numbers are only taken when an invoice is finalised, never for a draft.
 *
 * <p>The year is the year of the invoicing month, the one printed in the number: the series «restarts on
 * 1 January» in the sense that the first invoice for a January gets 1. A December run finalised on 5 January
 * keeps numbering the previous year's series, so its numbers stay in order with the other December invoices and
 * (prefix, year, sequence) never repeats. Credit notes take their numbers from the same series.
 *
 * @param lastIssued the last sequence given in that year, 0 when none yet
 */
public record InvoiceSequence(long cashOfficeId, int year, int lastIssued) {

    public InvoiceSequence {
        if (cashOfficeId <= 0) throw new IllegalArgumentException("cashOfficeId must be a stored régie's id");
        if (year < 2000 || year > 2099) throw new IllegalArgumentException("year out of range: " + year);
        if (lastIssued < 0) throw new IllegalArgumentException("lastIssued must not be negative");
    }

    public static InvoiceSequence start(long cashOfficeId, int year) {
        return new InvoiceSequence(cashOfficeId, year, 0);
    }

    /**
     * Takes {@code count} consecutive numbers for invoices of {@code month}, e.g. a whole run at once; the
     * month must belong to this series' year (another year is another series: a bug in the caller).
     */
    public Reservation reserve(YearMonth month, int count) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() != year) throw new IllegalArgumentException(month + " is not in the series of " + year);
        if (count < 1) throw new IllegalArgumentException("count must be positive");
        int first = Math.addExact(lastIssued, 1);
        int last = Math.addExact(lastIssued, count);
        return new Reservation(new InvoiceSequence(cashOfficeId, year, last), first, last);
    }

    /** Numbers {@code first}..{@code last} (inclusive) are taken; {@code next} is the series after them. */
    public record Reservation(InvoiceSequence next, int first, int last) {
        public int count() {
            return last - first + 1;
        }
    }
}
