package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.InvoicedHouseholds;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;
import fr.portailfamille.persistence.Bulk;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.AccountStatus;
import org.jooq.impl.DSL;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.MAIL_PREFERENCES;

/** One SELECT for the names, one for the recipients (accounts, households and mail choices joined), one INSERT for the notifications. */
public final class JooqInvoicedHouseholds implements InvoicedHouseholds {

    private final Db db;

    public JooqInvoicedHouseholds(Db db) {
        this.db = db;
    }

    @Override
    public Map<Long, String> names(Collection<Long> householdIds) {
        var names = new HashMap<Long, String>();
        if (householdIds.isEmpty()) return names;
        db.dsl().select(HOUSEHOLD.ID, HOUSEHOLD.NAME).from(HOUSEHOLD).where(HOUSEHOLD.ID.eq(DSL.any(householdIds.toArray(Long[]::new))))
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    @Override
    public Map<Long, Addressee> addressees(Collection<Long> householdIds) {
        var addressees = new HashMap<Long, Addressee>();
        if (householdIds.isEmpty()) return addressees;
        db.dsl().select(HOUSEHOLD.ID, HOUSEHOLD.NAME, HOUSEHOLD.POSTAL_ADDRESS).from(HOUSEHOLD)
                .where(HOUSEHOLD.ID.eq(DSL.any(householdIds.toArray(Long[]::new))))
                .forEach(r -> addressees.put(r.value1(), new Addressee(r.value2(), r.value3())));
        return addressees;
    }

    @Override
    public java.util.Set<Long> paperless(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) return java.util.Set.of();
        return new java.util.HashSet<>(db.dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD)
                .where(HOUSEHOLD.ID.eq(DSL.any(householdIds.toArray(Long[]::new))).and(HOUSEHOLD.PAPERLESS_INVOICES)).fetch(r -> r.value1()));
    }

    @Override
    public List<Recipient> recipients(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) return List.of();
        // no preferences row = every kind by mail
        var wantsMail = DSL.when(MAIL_PREFERENCES.ACCOUNT_ID.isNull(), DSL.inline(true))
                .otherwise(DSL.field(DSL.condition("{0} = any({1})", DSL.inline(NotificationKind.INVOICE_TO_PAY.name()), MAIL_PREFERENCES.BY_MAIL)));
        return db.dsl().select(HOUSEHOLD.ID, HOUSEHOLD.PAPERLESS_INVOICES, ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.FIRST_NAMES, ACCOUNT.LAST_NAME, wantsMail)
                .from(HOUSEHOLD_ACCOUNT)
                .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(HOUSEHOLD_ACCOUNT.ACCOUNT_ID))
                .leftJoin(MAIL_PREFERENCES).on(MAIL_PREFERENCES.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID.eq(DSL.any(householdIds.toArray(Long[]::new))).and(ACCOUNT.STATUS.eq(AccountStatus.ACTIVE)))
                .orderBy(HOUSEHOLD.ID, ACCOUNT.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() + " " + r.value6(), r.value7()));
    }

    private static final List<Bulk.Column> NOTIFICATIONS = List.of(new Bulk.Column("account_id", "bigint"), new Bulk.Column("kind", "text"),
            new Bulk.Column("title", "text"), new Bulk.Column("link", "text"), new Bulk.Column("created_at", "timestamptz"));

    @Override
    public void raise(List<Notification> notifications) {
        Bulk.insert(db.dsl(), "notification", NOTIFICATIONS, notifications.stream()
                .map(n -> new Object[]{n.accountId(), n.kind().name(), n.title(), n.link(), n.createdAt().atOffset(ZoneOffset.UTC)}).toList());
    }
}
