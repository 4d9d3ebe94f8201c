package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A final invoice («facture») of one household for one régie and one month. Its lines never change: a
 * correction is a {@link CreditNote}, which lowers what remains to pay.
 *
 * <p>Due date: the last day of the month after the month of issue (issued 01/05/2021 → due 30/06/2021; issued
 * 31/05/2021 → due 30/06/2021). Parents get at least four weeks, and one date per run is easy to announce.
 *
 * <p>A payment settles the whole amount due: no partial payment (the régie's accounting software handles
 * instalments, not the portal).
 *
 * @param month    the invoicing month (the month of service billed)
 * @param credited sum of the credit notes on this invoice, as a positive amount; at most the total
 * @param payment  null until paid
 */
public record Invoice(InvoiceNumber number, long householdId, long cashOfficeId, YearMonth month,
                      List<InvoiceLine> lines, LocalDate issuedOn, LocalDate dueOn, InvoiceStatus status,
                      Money credited, InvoicePayment payment) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        if (householdId <= 0 || cashOfficeId <= 0) throw new IllegalArgumentException("ids must be stored ones");
        Objects.requireNonNull(month, "month");
        if (!number.month().equals(month)) throw new IllegalArgumentException("number " + number + " is not for " + month);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("an invoice has lines");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        if (dueOn.isBefore(issuedOn)) throw new IllegalArgumentException("due before issued");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(credited, "credited");
        Money total = sumOf(lines);
        if (!total.isPositive()) throw new IllegalArgumentException("an invoice total is positive");
        if (credited.isNegative() || credited.isGreaterThan(total)) throw new IllegalArgumentException("credited out of range");
        if (status.isPaid() != (payment != null)) throw new IllegalArgumentException("paid exactly when a payment is recorded");
        if (payment != null && payment.method().resultingStatus() != status) throw new IllegalArgumentException("status does not match payment");
        if (status == InvoiceStatus.CANCELLED_BY_CREDIT_NOTE && !credited.equals(total)) {
            throw new IllegalArgumentException("only a fully credited invoice is cancelled");
        }
        if (status == InvoiceStatus.TO_PAY && credited.equals(total)) {
            throw new IllegalArgumentException("a fully credited unpaid invoice is cancelled, not to pay");
        }
    }

    /** The last day of the month after {@code issuedOn}'s month. */
    public static LocalDate dueDateFor(LocalDate issuedOn) {
        return YearMonth.from(issuedOn).plusMonths(1).atEndOfMonth();
    }

    public Money total() {
        return sumOf(lines);
    }

    /** Total less the credit notes. */
    public Money remaining() {
        return total().minus(credited);
    }

    /** What the household still has to pay: zero once paid or cancelled. */
    public Money amountDue() {
        return status == InvoiceStatus.TO_PAY ? remaining() : Money.ZERO;
    }

    public boolean isPayable() {
        return status == InvoiceStatus.TO_PAY;
    }

    /** Unpaid after its due date (the due date itself is still in time). */
    public boolean isOverdue(LocalDate today) {
        return isPayable() && today.isAfter(dueOn);
    }

    /** True when already paid with this reference: a repeated PayFiP notification is then nothing new. */
    public boolean isSettledBy(String reference) {
        return payment != null && !payment.reference().isEmpty() && payment.reference().equals(reference);
    }

    /**
     * Records a payment of the whole amount due. Refused, with the reason in French, when the invoice is already
     * paid or cancelled, or when the amount differs from what is due.
     */
    public PaymentOutcome pay(PaymentMethod method, Money amount, Instant paidAt, String reference) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(reference, "reference");
        if (status.isPaid()) return new PaymentOutcome.Refused(PaymentOutcome.Refused.ALREADY_PAID);
        if (status == InvoiceStatus.CANCELLED_BY_CREDIT_NOTE) return new PaymentOutcome.Refused(PaymentOutcome.Refused.CANCELLED);
        if (!amount.equals(amountDue())) return PaymentOutcome.Refused.wrongAmount(amount, amountDue());
        var recorded = new InvoicePayment(method, amount, paidAt, reference);
        return new PaymentOutcome.Paid(new Invoice(number, householdId, cashOfficeId, month, lines, issuedOn, dueOn,
                method.resultingStatus(), credited, recorded));
    }

    /**
     * Issues a credit note cancelling {@code linesToCancel} (entered as positive lines, as on the invoice) under
     * the number {@code creditNumber}. An unpaid invoice credited in full becomes «Annulée par avoir»; on a paid
     * invoice the credit stands for a refund, which the régie makes outside the portal.
     */
    public CreditOutcome creditNote(InvoiceNumber creditNumber, LocalDate issuedOn, String reason, List<InvoiceLine> linesToCancel) {
        Objects.requireNonNull(creditNumber, "creditNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(linesToCancel, "linesToCancel");
        if (status == InvoiceStatus.CANCELLED_BY_CREDIT_NOTE || remaining().isZero()) {
            return new CreditOutcome.Refused(CreditOutcome.Refused.ALREADY_CANCELLED);
        }
        if (linesToCancel.isEmpty()) return new CreditOutcome.Refused(CreditOutcome.Refused.NO_LINE);
        if (reason == null || reason.isBlank()) return new CreditOutcome.Refused(CreditOutcome.Refused.NO_REASON);
        if (linesToCancel.stream().anyMatch(l -> !l.amount().isPositive())) {
            return new CreditOutcome.Refused(CreditOutcome.Refused.POSITIVE_LINES);
        }
        Money credit = sumOf(linesToCancel);
        if (credit.isGreaterThan(remaining())) return CreditOutcome.Refused.tooMuch(credit, remaining());
        var note = new CreditNote(creditNumber, number, householdId, cashOfficeId, issuedOn, reason,
                linesToCancel.stream().map(InvoiceLine::negated).toList());
        Money newCredited = credited.plus(credit);
        InvoiceStatus newStatus = status == InvoiceStatus.TO_PAY && newCredited.equals(total())
                ? InvoiceStatus.CANCELLED_BY_CREDIT_NOTE : status;
        return new CreditOutcome.Issued(note, new Invoice(number, householdId, cashOfficeId, month, lines, this.issuedOn,
                dueOn, newStatus, newCredited, payment));
    }

    private static Money sumOf(List<InvoiceLine> lines) {
        return Money.sum(lines.stream().map(InvoiceLine::amount).toList());
    }
}
