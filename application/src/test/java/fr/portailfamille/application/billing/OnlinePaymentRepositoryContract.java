package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link OnlinePaymentRepository}: in-memory and jOOQ (whose invoices must exist). */
public abstract class OnlinePaymentRepositoryContract {

    protected abstract OnlinePaymentRepository repository();

    protected abstract InvoiceRepository invoices();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract long newHousehold();

    /** A stored parent account's id. */
    protected abstract long newAccount();

    static final Instant T0 = Instant.parse("2026-11-05T18:00:00Z");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private CashOffice peri;
    private long household;
    private long account;
    private InvoiceNumber one;
    private InvoiceNumber two;

    @BeforeEach
    void issueTwoInvoices() {
        peri = cashOffices().add(BillingFixtures.periscolaire());
        household = newHousehold();
        account = newAccount();
        var lines = List.of(InvoiceLine.of("Accueil Périscolaire Soir – du 01/10 au 31/10", "Léa Dupont", 12, Money.ofCents(455)));
        one = peri.invoiceNumber(OCTOBER, 1);
        two = peri.invoiceNumber(OCTOBER, 2);
        invoices().issue(null, List.of(new InvoiceDraft(household, peri.id(), OCTOBER, lines).finalise(one, LocalDate.of(2026, 11, 2)),
                new InvoiceDraft(household, peri.id(), OCTOBER, lines).finalise(two, LocalDate.of(2026, 11, 2))));
    }

    private PaymentOrder order(long id) {
        return new PaymentOrder("012345", 2026, "PERIPAY%09d".formatted(id), 10920, "marie.dupont@exemple.fr", "Factures PERI2610",
                PaymentMode.TEST, "http://localhost:8080/paiement/notification", "http://localhost:8080/paiement/retour", T0);
    }

    @Test
    void an_attempt_is_created_pending_then_given_its_order_and_provider_id() {
        long id = repository().create(peri.id(), household, account, List.of(one, two), 10920, T0);
        var created = repository().find(id).orElseThrow();
        assertEquals(new OnlinePayment(id, peri.id(), household, account, List.of(one, two), 10920, PaymentState.PENDING, T0, null, null, null, null),
                created);
        repository().attach(id, order(id), "5f1c2a10-a1b2-11ef-9c3d-0242ac120002");
        var attached = repository().find(id).orElseThrow();
        assertEquals(order(id), attached.order());
        assertEquals("5f1c2a10-a1b2-11ef-9c3d-0242ac120002", attached.providerId());
        assertEquals(Optional.of(attached), repository().findByProviderId("5f1c2a10-a1b2-11ef-9c3d-0242ac120002"));
        assertEquals(Optional.empty(), repository().findByProviderId("00000000-0000-0000-0000-000000000000"));
        assertNotEquals(id, repository().create(peri.id(), household, account, List.of(one), 5460, T0));
    }

    @Test
    void the_attempts_sent_on_a_day_are_listed_whatever_their_state() {
        long before = repository().create(peri.id(), household, account, List.of(one), 5460, T0.minusSeconds(1));
        repository().attach(before, order(before), "id-before");
        long paid = repository().create(peri.id(), household, account, List.of(one), 5460, T0);
        repository().attach(paid, order(paid), "id-paid");
        repository().settle(paid, PaymentState.PAID, "A1B2C3", T0.plusSeconds(60));
        repository().create(peri.id(), household, account, List.of(two), 5460, T0.plusSeconds(30)); // never sent
        long pending = repository().create(peri.id(), household, account, List.of(two), 5460, T0.plusSeconds(3599));
        repository().attach(pending, order(pending), "id-pending");
        long after = repository().create(peri.id(), household, account, List.of(two), 5460, T0.plusSeconds(3600));
        repository().attach(after, order(after), "id-after");
        assertEquals(List.of(paid, pending), repository().sentBetween(T0, T0.plusSeconds(3600)).stream().map(OnlinePayment::id).toList());
        assertEquals(PaymentState.PAID, repository().sentBetween(T0, T0.plusSeconds(3600)).getFirst().state());
    }

    @Test
    void a_households_attempts_are_listed_oldest_first_whatever_their_state_and_none_of_another() {
        long refused = repository().create(peri.id(), household, account, List.of(one, two), 10920, T0);
        repository().attach(refused, order(refused), "id-refused");
        repository().settle(refused, PaymentState.REFUSED, null, T0.plusSeconds(60));
        long pending = repository().create(peri.id(), household, account, List.of(one), 5460, T0.plusSeconds(120));
        long other = newHousehold();
        var attempts = repository().ofHousehold(household);
        assertEquals(List.of(refused, pending), attempts.stream().map(OnlinePayment::id).toList());
        assertEquals(PaymentState.REFUSED, attempts.getFirst().state());
        assertEquals(List.of(one, two), attempts.getFirst().invoices());
        assertEquals("id-refused", attempts.getFirst().providerId());
        assertEquals(List.of(), repository().ofHousehold(other));
    }

    @Test
    void an_attempt_leaves_pending_exactly_once() {
        long id = repository().create(peri.id(), household, account, List.of(one), 5460, T0);
        assertTrue(repository().settle(id, PaymentState.PAID, "A1B2C3", T0.plusSeconds(60)));
        assertFalse(repository().settle(id, PaymentState.PAID, "A1B2C3", T0.plusSeconds(61)));
        assertFalse(repository().settle(id, PaymentState.EXPIRED, null, T0.plusSeconds(62)));
        var paid = repository().find(id).orElseThrow();
        assertEquals(PaymentState.PAID, paid.state());
        assertEquals("A1B2C3", paid.authorisation());
        assertEquals(T0.plusSeconds(60), paid.settledAt());
        assertFalse(repository().settle(9999, PaymentState.PAID, null, T0));
    }

    @Test
    void pending_attempts_are_found_by_age_and_by_invoice() {
        long old = repository().create(peri.id(), household, account, List.of(one), 5460, T0);
        long recent = repository().create(peri.id(), household, account, List.of(two), 5460, T0.plusSeconds(600));
        long settled = repository().create(peri.id(), household, account, List.of(one, two), 10920, T0.minusSeconds(60));
        repository().settle(settled, PaymentState.REFUSED, null, T0);
        assertEquals(List.of(old), repository().pendingCreatedBefore(T0.plusSeconds(120), 10).stream().map(OnlinePayment::id).toList());
        assertEquals(List.of(old, recent), repository().pendingCreatedBefore(T0.plusSeconds(3600), 10).stream().map(OnlinePayment::id).toList());
        assertEquals(List.of(old), repository().pendingCreatedBefore(T0.plusSeconds(3600), 1).stream().map(OnlinePayment::id).toList());
        assertEquals(List.of(recent), repository().pendingFor(List.of(two)).stream().map(OnlinePayment::id).toList());
        assertEquals(List.of(old, recent), repository().pendingFor(List.of(one, two)).stream().map(OnlinePayment::id).sorted().toList());
    }
}
