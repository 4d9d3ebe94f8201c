package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An «avoir»: the only way to correct a final invoice, which is never edited. It names the invoice it corrects,
 * says why, and carries negative lines (e.g. two days refunded after a medical certificate came late).
 * Its number comes from the régie's invoice series (see {@link InvoiceSequence}).
 */
public record CreditNote(InvoiceNumber number, InvoiceNumber invoiceNumber, long householdId, long cashOfficeId,
                         LocalDate issuedOn, String reason, List<InvoiceLine> lines) {

    public CreditNote {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        if (number.equals(invoiceNumber)) throw new IllegalArgumentException("a credit note has its own number");
        if (householdId <= 0 || cashOfficeId <= 0) throw new IllegalArgumentException("ids must be stored ones");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (Objects.requireNonNull(reason, "reason").isBlank()) throw new IllegalArgumentException("reason is blank");
        reason = reason.strip();
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("a credit note has lines");
        if (lines.stream().anyMatch(l -> !l.amount().isNegative())) throw new IllegalArgumentException("credit lines are negative");
    }

    /** Negative. */
    public Money total() {
        return Money.sum(lines.stream().map(InvoiceLine::amount).toList());
    }
}
