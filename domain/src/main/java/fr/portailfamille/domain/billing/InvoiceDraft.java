package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a household would be billed by one régie for one month, as an invoicing run computes it for agents to
 * review. It has no number: numbers are taken only at finalisation, so a discarded draft leaves no gap.
 *
 * @param days the days its lines count, recorded with the invoice so that no later run of the month bills them again
 */
public record InvoiceDraft(long householdId, long cashOfficeId, YearMonth month, List<InvoiceLine> lines, List<BilledDay> days) {

    public InvoiceDraft {
        if (householdId <= 0 || cashOfficeId <= 0) throw new IllegalArgumentException("ids must be stored ones");
        Objects.requireNonNull(month, "month");
        lines = List.copyOf(lines);
        days = List.copyOf(days);
        if (days.stream().anyMatch(d -> !YearMonth.from(d.day()).equals(month))) throw new IllegalArgumentException("a day outside " + month);
    }

    /** A draft whose days are not followed one by one (lines entered by hand). */
    public InvoiceDraft(long householdId, long cashOfficeId, YearMonth month, List<InvoiceLine> lines) {
        this(householdId, cashOfficeId, month, lines, List.of());
    }

    public Money total() {
        return Money.sum(lines.stream().map(InvoiceLine::amount).toList());
    }

    /** Nothing to bill, or nothing positive: the run issues no invoice for this household. */
    public boolean isBillable() {
        return !lines.isEmpty() && total().isPositive();
    }

    /**
     * The final invoice, «À payer», due at the end of the month after {@code issuedOn}. Finalising a draft
     * that is not billable, or under a number of another month, is a bug in the run.
     */
    public Invoice finalise(InvoiceNumber number, LocalDate issuedOn) {
        Objects.requireNonNull(number, "number");
        if (!isBillable()) throw new IllegalStateException("nothing to bill for household " + householdId);
        if (!number.month().equals(month)) throw new IllegalArgumentException("number " + number + " is not for " + month);
        return new Invoice(number, householdId, cashOfficeId, month, lines, issuedOn, Invoice.dueDateFor(issuedOn),
                InvoiceStatus.TO_PAY, Money.ZERO, null);
    }
}
