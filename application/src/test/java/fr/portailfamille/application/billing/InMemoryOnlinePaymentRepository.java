package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.domain.billing.InvoiceNumber;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryOnlinePaymentRepository implements OnlinePaymentRepository {

    private final Map<Long, OnlinePayment> payments = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized long create(long cashOfficeId, long householdId, long accountId, List<InvoiceNumber> invoices, long amountCents, Instant at) {
        long id = nextId++;
        payments.put(id, new OnlinePayment(id, cashOfficeId, householdId, accountId, invoices, amountCents, PaymentState.PENDING, at, null, null,
                null, null));
        return id;
    }

    @Override
    public synchronized void attach(long id, PaymentOrder order, String providerId) {
        var p = payments.get(id);
        payments.put(id, new OnlinePayment(id, p.cashOfficeId(), p.householdId(), p.accountId(), p.invoices(), p.amountCents(), p.state(),
                p.createdAt(), p.settledAt(), p.authorisation(), order, providerId));
    }

    @Override
    public synchronized Optional<OnlinePayment> find(long id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public synchronized Optional<OnlinePayment> findByProviderId(String providerId) {
        return payments.values().stream().filter(p -> providerId.equals(p.providerId())).findFirst();
    }

    @Override
    public synchronized boolean settle(long id, PaymentState state, String authorisation, Instant at) {
        var p = payments.get(id);
        if (p == null || p.state() != PaymentState.PENDING) return false;
        payments.put(id, new OnlinePayment(id, p.cashOfficeId(), p.householdId(), p.accountId(), p.invoices(), p.amountCents(), state,
                p.createdAt(), at, authorisation, p.order(), p.providerId()));
        return true;
    }

    @Override
    public synchronized List<OnlinePayment> pendingCreatedBefore(Instant before, int limit) {
        return payments.values().stream().filter(p -> p.state() == PaymentState.PENDING && p.createdAt().isBefore(before))
                .sorted(Comparator.comparing(OnlinePayment::createdAt)).limit(limit).toList();
    }

    @Override
    public synchronized List<OnlinePayment> sentBetween(Instant from, Instant to) {
        return payments.values().stream().filter(p -> p.providerId() != null && !p.createdAt().isBefore(from) && p.createdAt().isBefore(to))
                .sorted(Comparator.comparing(OnlinePayment::createdAt).thenComparing(OnlinePayment::id)).toList();
    }

    @Override
    public synchronized List<OnlinePayment> pendingFor(List<InvoiceNumber> invoices) {
        return payments.values().stream().filter(p -> p.state() == PaymentState.PENDING)
                .filter(p -> p.invoices().stream().anyMatch(invoices::contains)).toList();
    }

    @Override
    public synchronized List<OnlinePayment> ofHousehold(long householdId) {
        return payments.values().stream().filter(p -> p.householdId() == householdId)
                .sorted(Comparator.comparing(OnlinePayment::createdAt).thenComparing(OnlinePayment::id)).toList();
    }
}
