package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.OnlinePayment;
import fr.portailfamille.application.billing.port.OnlinePaymentRepository;
import fr.portailfamille.application.billing.PaymentState;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.PaymentRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.billing.JooqInvoiceRepository.instant;
import static fr.portailfamille.persistence.billing.JooqInvoiceRepository.utc;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.PAYMENT;
import static fr.portailfamille.persistence.schema.Tables.PAYMENT_INVOICE;

/** Payment attempts on PostgreSQL: a settlement is {@code UPDATE payment … WHERE state = 'PENDING'}, which one caller wins. */
public final class JooqOnlinePaymentRepository implements OnlinePaymentRepository {

    private final Db db;

    public JooqOnlinePaymentRepository(Db db) {
        this.db = db;
    }

    @Override
    public long create(long cashOfficeId, long householdId, long accountId, List<InvoiceNumber> invoices, long amountCents, Instant at) {
        return db.inTransaction(() -> {
            long id = db.dsl().insertInto(PAYMENT)
                    .set(PAYMENT.CASH_OFFICE_ID, cashOfficeId).set(PAYMENT.HOUSEHOLD_ID, householdId).set(PAYMENT.ACCOUNT_ID, accountId)
                    .set(PAYMENT.AMOUNT_CENTS, amountCents).set(PAYMENT.STATE, PaymentState.PENDING.name()).set(PAYMENT.CREATED_AT, utc(at))
                    .returning(PAYMENT.ID).fetchSingle().getId();
            db.dsl().insertInto(PAYMENT_INVOICE, PAYMENT_INVOICE.PAYMENT_ID, PAYMENT_INVOICE.INVOICE_ID)
                    .select(DSL.select(DSL.val(id), INVOICE.ID).from(INVOICE).where(INVOICE.NUMBER.in(invoices.stream().map(InvoiceNumber::value).toList())))
                    .execute();
            return id;
        });
    }

    @Override
    public void attach(long id, PaymentOrder o, String providerId) {
        db.dsl().update(PAYMENT).set(PAYMENT.REFERENCE, o.reference()).set(PAYMENT.PROVIDER_ID, providerId)
                .set(PAYMENT.CLIENT_NUMBER, o.clientNumber()).set(PAYMENT.YEAR, o.year()).set(PAYMENT.PAYER_EMAIL, o.payerEmail())
                .set(PAYMENT.LABEL, o.label()).set(PAYMENT.MODE, o.mode().name()).set(PAYMENT.NOTIFICATION_URL, o.notificationUrl())
                .set(PAYMENT.RETURN_URL, o.returnUrl()).set(PAYMENT.ORDERED_AT, utc(o.createdAt()))
                .where(PAYMENT.ID.eq(id)).execute();
    }

    @Override
    public Optional<OnlinePayment> find(long id) {
        return payments(PAYMENT.ID.eq(id), 1).stream().findFirst();
    }

    @Override
    public Optional<OnlinePayment> findByProviderId(String providerId) {
        return payments(PAYMENT.PROVIDER_ID.eq(providerId), 1).stream().findFirst();
    }

    @Override
    public boolean settle(long id, PaymentState state, String authorisation, Instant at) {
        return db.dsl().update(PAYMENT).set(PAYMENT.STATE, state.name()).set(PAYMENT.AUTHORISATION, authorisation).set(PAYMENT.SETTLED_AT, utc(at))
                .where(PAYMENT.ID.eq(id).and(PAYMENT.STATE.eq(PaymentState.PENDING.name())))
                .execute() == 1;
    }

    @Override
    public List<OnlinePayment> pendingCreatedBefore(Instant before, int limit) {
        return payments(PAYMENT.STATE.eq(PaymentState.PENDING.name()).and(PAYMENT.CREATED_AT.lt(utc(before))), limit);
    }

    @Override
    public List<OnlinePayment> sentBetween(Instant from, Instant to) {
        return payments(PAYMENT.PROVIDER_ID.isNotNull().and(PAYMENT.CREATED_AT.ge(utc(from))).and(PAYMENT.CREATED_AT.lt(utc(to))), Integer.MAX_VALUE);
    }

    @Override
    public List<OnlinePayment> pendingFor(List<InvoiceNumber> invoices) {
        return payments(PAYMENT.STATE.eq(PaymentState.PENDING.name()).and(PAYMENT.ID.in(
                DSL.select(PAYMENT_INVOICE.PAYMENT_ID).from(PAYMENT_INVOICE).join(INVOICE).on(INVOICE.ID.eq(PAYMENT_INVOICE.INVOICE_ID))
                        .where(INVOICE.NUMBER.in(invoices.stream().map(InvoiceNumber::value).toList())))), Integer.MAX_VALUE);
    }

    @Override
    public List<OnlinePayment> ofHousehold(long householdId) {
        return payments(PAYMENT.HOUSEHOLD_ID.eq(householdId), Integer.MAX_VALUE);
    }

    private List<OnlinePayment> payments(Condition where, int limit) {
        var rows = db.dsl().selectFrom(PAYMENT).where(where).orderBy(PAYMENT.CREATED_AT, PAYMENT.ID).limit(limit).fetch();
        if (rows.isEmpty()) return List.of();
        var numbers = new HashMap<Long, List<InvoiceNumber>>();
        db.dsl().select(PAYMENT_INVOICE.PAYMENT_ID, INVOICE.NUMBER, INVOICE.MONTH, INVOICE.SEQUENCE).from(PAYMENT_INVOICE)
                .join(INVOICE).on(INVOICE.ID.eq(PAYMENT_INVOICE.INVOICE_ID))
                .where(PAYMENT_INVOICE.PAYMENT_ID.eq(DSL.any(rows.map(PaymentRecord::getId).toArray(Long[]::new))))
                .orderBy(INVOICE.NUMBER)
                .forEach(r -> numbers.computeIfAbsent(r.value1(), p -> new ArrayList<>())
                        .add(new InvoiceNumber(r.value2(), YearMonth.from(r.value3()), r.value4())));
        return rows.map(r -> new OnlinePayment(r.getId(), r.getCashOfficeId(), r.getHouseholdId(), r.getAccountId(),
                numbers.getOrDefault(r.getId(), List.of()), r.getAmountCents(), PaymentState.valueOf(r.getState()), r.getCreatedAt().toInstant(),
                instant(r.getSettledAt()), r.getAuthorisation(), order(r), r.getProviderId()));
    }

    private static PaymentOrder order(PaymentRecord r) {
        if (r.getReference() == null) return null;
        return new PaymentOrder(r.getClientNumber(), r.getYear(), r.getReference(), r.getAmountCents(), r.getPayerEmail(), r.getLabel(),
                PaymentMode.valueOf(r.getMode()), r.getNotificationUrl(), r.getReturnUrl(), r.getOrderedAt().toInstant());
    }
}
