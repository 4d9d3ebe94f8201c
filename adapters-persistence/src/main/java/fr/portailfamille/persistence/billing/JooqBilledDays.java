package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.BilledDays;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.persistence.Db;

import java.time.LocalDate;
import java.util.List;

/** Billed days on PostgreSQL: a release moves each day from {@code billed_day} to {@code credited_day}, all or none. */
public final class JooqBilledDays implements BilledDays {

    private static final String OF_INVOICE = """
            SELECT b.child_id, b.activity_id, b.day, coalesce(c.first_names || ' ' || c.last_name, '') AS child_name, coalesce(a.name, '') AS activity_name
            FROM billed_day b
            JOIN invoice i ON i.id = b.invoice_id
            LEFT JOIN child c ON c.id = b.child_id
            LEFT JOIN activity a ON a.id = b.activity_id
            WHERE i.number = ?
            ORDER BY b.day, b.child_id, b.activity_id""";

    private static final String RELEASE = """
            WITH gone AS (
                DELETE FROM billed_day b USING invoice i
                WHERE i.number = ? AND b.invoice_id = i.id AND b.child_id = ? AND b.activity_id = ? AND b.day = ?::date
                RETURNING b.invoice_id, b.child_id, b.activity_id, b.day)
            INSERT INTO credited_day (credit_note_id, invoice_id, child_id, activity_id, day)
            SELECT n.id, gone.invoice_id, gone.child_id, gone.activity_id, gone.day FROM gone JOIN credit_note n ON n.number = ? AND n.invoice_id = gone.invoice_id""";

    private final Db db;

    public JooqBilledDays(Db db) {
        this.db = db;
    }

    @Override
    public List<InvoicedDay> of(InvoiceNumber invoice) {
        return db.dsl().fetch(OF_INVOICE, invoice.value()).map(r -> new InvoicedDay(new BilledDay(r.get("child_id", Long.class),
                r.get("activity_id", Long.class), r.get("day", LocalDate.class)), r.get("child_name", String.class), r.get("activity_name", String.class)));
    }

    @Override
    public void release(InvoiceNumber invoice, InvoiceNumber creditNote, List<BilledDay> days) {
        db.run(() -> {
            for (BilledDay day : days) {
                int moved = db.dsl().execute(RELEASE, invoice.value(), day.childId(), day.activityId(), day.day(), creditNote.value());
                // the caller's transaction rolls back whatever was released before
                if (moved != 1) throw new IllegalStateException(day + " is not billed by " + invoice.value() + " with credit note " + creditNote.value());
            }
        });
    }
}
