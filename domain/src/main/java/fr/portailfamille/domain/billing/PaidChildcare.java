package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a paid invoice (positive) or of a credit note on it (negative), as the tax certificate reads it: whose
 * child, which activity, how the invoice was paid and when.
 *
 * @param childId   the household's child the line names, null when no child of the household bears that name any more
 * @param birthDate null with {@code childId}
 * @param activity  the kind of the activity the line bills, null when no stored activity bears the line's name
 * @param amount    the line's amount: negative on a credit note
 * @param paidOn    the day the invoice was paid, in the town's time
 */
public record PaidChildcare(long householdId, String invoiceNumber, Long childId, String childName, LocalDate birthDate,
                            ActivityKind activity, Money amount, PaymentMethod method, LocalDate paidOn) {

    public PaidChildcare {
        if (householdId <= 0) throw new IllegalArgumentException("householdId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(childName, "childName");
        if ((childId == null) != (birthDate == null)) throw new IllegalArgumentException("a known child has a birth date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paidOn, "paidOn");
    }
}
