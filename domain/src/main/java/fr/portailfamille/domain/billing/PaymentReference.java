package fr.portailfamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference sent to the payment service for one transaction («refdet» for PayFiP): it names our payment
 * record, which lists the invoices the transaction settles. PayFiP accepts 6 to 30 letters and digits only —
 * an invoice number such as «PERI2105-000123» would be refused for its «-», and one transaction may pay several
 * invoices anyway.
 *
 * <p>Shape: the régie's prefix, «PAY», then the payment record's id on at least 9 digits: «PERIPAY000000042».
 * The longest (8-letter prefix, 19-digit id) is 30 characters.
 */
public record PaymentReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z][A-Z0-9]{0,7}?)PAY([0-9]{9,19})");

    public PaymentReference {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9]{6,30}")) throw new IllegalArgumentException("not a payment reference: " + value);
    }

    public static PaymentReference forPaymentRecord(CashOffice cashOffice, long paymentRecordId) {
        if (paymentRecordId <= 0) throw new IllegalArgumentException("paymentRecordId must be a stored record's id");
        return new PaymentReference(cashOffice.invoicePrefix() + "PAY" + String.format("%09d", paymentRecordId));
    }

    /** The payment record's id in a reference we made; empty for anything else. */
    public Optional<Long> paymentRecordId() {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(m.group(2)));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
