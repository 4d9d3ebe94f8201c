package fr.portailfamille.application.billing.port;

import fr.portailfamille.application.billing.*;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.domain.billing.InvoiceNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Out-port: online payment attempts and the invoices each settles. */
public interface OnlinePaymentRepository {

    /** A new PENDING attempt (no order yet); returns its id, from which its reference is made. */
    long create(long cashOfficeId, long householdId, long accountId, List<InvoiceNumber> invoices, long amountCents, Instant at);

    /** The order sent and the provider's id for it. */
    void attach(long id, PaymentOrder order, String providerId);

    Optional<OnlinePayment> find(long id);

    Optional<OnlinePayment> findByProviderId(String providerId);

    /**
     * Leaves PENDING for {@code state}: {@code UPDATE … WHERE id = ? AND state = 'PENDING'}. True for the one caller
     * that changed it; every other (duplicate notification, return page, job racing) gets false.
     */
    boolean settle(long id, PaymentState state, String authorisation, Instant at);

    /** PENDING attempts created before {@code before}, oldest first. */
    List<OnlinePayment> pendingCreatedBefore(Instant before, int limit);

    /** Attempts sent to the provider (with a provider id) created in [{@code from}, {@code to}), whatever their state, oldest first. */
    List<OnlinePayment> sentBetween(Instant from, Instant to);

    /** PENDING attempts that include one of these invoices. */
    List<OnlinePayment> pendingFor(List<InvoiceNumber> invoices);

    /** Every attempt of the household, whatever its state, oldest first: the family's export (RGPD, article 15). */
    List<OnlinePayment> ofHousehold(long householdId);
}
