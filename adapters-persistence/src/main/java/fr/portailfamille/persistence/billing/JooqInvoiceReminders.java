package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.InvoiceReminders;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.persistence.Db;

import java.time.LocalDate;
import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS;

/**
 * Reminders on PostgreSQL: one statement claims a batch — the reminders inserted for today, the primary key (invoice,
 * day) keeping a second process or a restart from reminding an invoice twice the same day.
 */
public final class JooqInvoiceReminders implements InvoiceReminders {

    private static final String CLAIM = """
            WITH claimed AS (
                INSERT INTO invoice_reminder (invoice_id, sent_on)
                SELECT i.id, ?::date FROM invoice i
                WHERE i.status = 'TO_PAY' AND i.due_on + ?::integer <= ?::date
                  AND NOT EXISTS (SELECT 1 FROM invoice_reminder r WHERE r.invoice_id = i.id AND r.sent_on > ?::date - ?::integer)
                ORDER BY i.id
                LIMIT ?
                ON CONFLICT DO NOTHING
                RETURNING invoice_id)
            SELECT i.number, i.month, i.sequence, i.household_id, i.total_cents - i.credited_cents AS due_cents, i.due_on
            FROM claimed JOIN invoice i ON i.id = claimed.invoice_id
            ORDER BY i.id""";

    private final Db db;

    public JooqInvoiceReminders(Db db) {
        this.db = db;
    }

    @Override
    public int daysAfterDue() {
        return db.dsl().select(TOWN_SETTINGS.REMINDER_DAYS).from(TOWN_SETTINGS).fetchOptional(r -> r.value1()).orElse(DEFAULT_DAYS_AFTER_DUE);
    }

    @Override
    public void setDaysAfterDue(fr.portailfamille.domain.billing.ReminderDelay delay) {
        db.dsl().update(TOWN_SETTINGS).set(TOWN_SETTINGS.REMINDER_DAYS, delay.days()).execute();
    }

    @Override
    public List<Due> claim(LocalDate today, int days, int limit) {
        return db.dsl().fetch(CLAIM, today, days, today, today, days, limit).map(r -> new Due(new InvoiceNumber(r.get("number", String.class),
                java.time.YearMonth.from(r.get("month", LocalDate.class)), r.get("sequence", Integer.class)),
                r.get("household_id", Long.class), Money.ofCents(r.get("due_cents", Long.class)), r.get("due_on", LocalDate.class)));
    }
}
