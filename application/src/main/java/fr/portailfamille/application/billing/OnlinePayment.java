package fr.portailfamille.application.billing;

import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.domain.billing.InvoiceNumber;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One online payment attempt: the invoices of one régie a parent chose, the order sent to the provider (null until
 * sent) and the provider's id for it (PayFiP's idOp).
 */
public record OnlinePayment(long id, long cashOfficeId, long householdId, long accountId, List<InvoiceNumber> invoices,
                            long amountCents, PaymentState state, Instant createdAt, Instant settledAt, String authorisation,
                            PaymentOrder order, String providerId) {

    public OnlinePayment {
        invoices = List.copyOf(invoices);
        if (invoices.isEmpty()) throw new IllegalArgumentException("a payment settles invoices");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
