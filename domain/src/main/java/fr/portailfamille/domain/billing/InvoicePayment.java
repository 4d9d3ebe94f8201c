package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * How an invoice was paid.
 *
 * @param reference the online payment's {@link PaymentReference}, a cheque or receipt number; empty when none
 */
public record InvoicePayment(PaymentMethod method, Money amount, Instant paidAt, String reference) {

    public InvoicePayment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) throw new IllegalArgumentException("a payment is positive");
        Objects.requireNonNull(paidAt, "paidAt");
        reference = Objects.requireNonNull(reference, "reference").strip();
    }
}
