package fr.portailfamille.persistence.privacy;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.privacy.port.RetentionStore;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.persistence.Db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The retention facts read across the areas' tables in a few set-based queries, and the deletions: plain SQL, since
 * each statement spans several areas. Dates of instants are the town's (Paris) days.
 */
public final class JooqRetentionStore implements RetentionStore {

    private final Db db;

    public JooqRetentionStore(Db db) {
        this.db = db;
    }

    @Override
    public void markLeft(long householdId, LocalDate leftOn) {
        db.dsl().execute("UPDATE household SET left_on = ?::date WHERE id = ? AND anonymised_at IS NULL", leftOn, householdId);
    }

    @Override
    public Optional<LocalDate> leftOn(long householdId) {
        return db.dsl().fetchOptional("SELECT left_on FROM household WHERE id = ? AND anonymised_at IS NULL AND left_on IS NOT NULL", householdId)
                .map(r -> r.get(0, LocalDate.class));
    }

    @Override
    public List<Departed> departed() {
        return db.dsl().fetch("""
                SELECT h.id, h.name, h.left_on,
                       max(CASE WHEN i.status IN ('PAID', 'PAID_AT_DESK') THEN (i.paid_at AT TIME ZONE ?)::date
                                WHEN i.status = 'CANCELLED_BY_CREDIT_NOTE' THEN (SELECT max(c.issued_on) FROM credit_note c WHERE c.invoice_id = i.id)
                           END) AS last_settled,
                       count(i.id) FILTER (WHERE i.status = 'TO_PAY') AS to_pay
                FROM household h LEFT JOIN invoice i ON i.household_id = h.id
                WHERE h.left_on IS NOT NULL AND h.anonymised_at IS NULL
                GROUP BY h.id ORDER BY h.id""", TownZone.ZONE.getId())
                .map(r -> new Departed(r.get(0, Long.class), r.get(1, String.class), r.get(2, LocalDate.class), r.get(3, LocalDate.class),
                        r.get(4, Integer.class)));
    }

    @Override
    public List<Sheet> sheetsOfEnrolledChildren() {
        return db.dsl().fetch("""
                SELECT c.id, c.household_id, c.first_names, max(e.start_year)
                FROM child c JOIN health_record r ON r.child_id = c.id JOIN enrolment e ON e.child_id = c.id
                GROUP BY c.id ORDER BY c.id""")
                .map(r -> new Sheet(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), SchoolYear.startingIn(r.get(3, Integer.class))));
    }

    @Override
    public List<Item> documentsValidBefore(LocalDate day) {
        return db.dsl().fetch("SELECT id, household_id, file_name, valid_until FROM supporting_document WHERE NOT from_town AND valid_until < ?::date ORDER BY id",
                        day)
                .map(r -> new Item(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, LocalDate.class)));
    }

    @Override
    public List<Item> threadsInactiveSince(Instant since) {
        return db.dsl().fetch("""
                        SELECT id, household_id, subject, (last_message_at AT TIME ZONE ?)::date
                        FROM message_thread WHERE last_message_at < ?::timestamptz ORDER BY id""", TownZone.ZONE.getId(), utc(since))
                .map(r -> new Item(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, LocalDate.class)));
    }

    @Override
    public List<Item> demarchesInactiveSince(Instant since) {
        return db.dsl().fetch("""
                        SELECT d.id, d.household_id, f.title, (d.updated_at AT TIME ZONE ?)::date
                        FROM demarche d JOIN demarche_form f ON f.id = d.form_id WHERE d.updated_at < ?::timestamptz ORDER BY d.id""", TownZone.ZONE.getId(), utc(since))
                .map(r -> new Item(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, LocalDate.class)));
    }

    /** Consent changes but the latest of each child's question, which proves the answer in force. */
    private static final String SUPERSEDED_CONSENT = """
            FROM consent_change c WHERE c.changed_at < ?::timestamptz AND EXISTS (SELECT 1 FROM consent_change n
                WHERE n.child_id = c.child_id AND n.question_code = c.question_code AND (n.changed_at, n.id) > (c.changed_at, c.id))""";

    /** The trails counted, then deleted, by the instant of their lines. */
    private static final List<String> TRAILS = List.of("FROM household_event WHERE at < ?::timestamptz", "FROM health_sheet_read WHERE at < ?::timestamptz",
            "FROM dossier_change WHERE at < ?::timestamptz", "FROM audit_event WHERE at < ?::timestamptz", SUPERSEDED_CONSENT);

    @Override
    public long auditLinesBefore(Instant before) {
        var at = utc(before);
        long count = 0;
        for (String trail : TRAILS) count += db.dsl().fetchSingle("SELECT count(*) " + trail, at).get(0, Long.class);
        return count;
    }

    @Override
    public List<Item> settledInvoicesIssuedBefore(LocalDate day) {
        return db.dsl().fetch("SELECT id, household_id, number, issued_on FROM invoice WHERE status <> 'TO_PAY' AND issued_on < ?::date ORDER BY id", day)
                .map(r -> new Item(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, LocalDate.class)));
    }

    @Override
    public void deleteInvoices(Collection<Long> ids) {
        if (ids.isEmpty()) return;
        var dsl = db.dsl();
        Object due = dsl.fetch("SELECT id FROM invoice WHERE id = ANY(?) AND status <> 'TO_PAY'", (Object) ids.toArray(Long[]::new))
                .map(r -> r.get(0, Long.class)).toArray(Long[]::new);
        // an online payment attempt goes with its invoices, unless it also paid one that stays
        Object attempts = dsl.fetch("""
                        SELECT DISTINCT p.payment_id FROM payment_invoice p WHERE p.invoice_id = ANY(?)
                        AND NOT EXISTS (SELECT 1 FROM payment_invoice o WHERE o.payment_id = p.payment_id AND NOT o.invoice_id = ANY(?))""", due, due)
                .map(r -> r.get(0, Long.class)).toArray(Long[]::new);
        for (String table : List.of("billed_day", "invoice_reminder", "invoice_line", "desk_payment", "payment_invoice")) {
            dsl.execute("DELETE FROM " + table + " WHERE invoice_id = ANY(?)", due);
        }
        dsl.execute("DELETE FROM credit_note_line WHERE credit_note_id IN (SELECT id FROM credit_note WHERE invoice_id = ANY(?))", due);
        dsl.execute("DELETE FROM credit_note WHERE invoice_id = ANY(?)", due);
        dsl.execute("DELETE FROM payment WHERE id = ANY(?)", attempts);
        dsl.execute("DELETE FROM invoice WHERE id = ANY(?)", due);
    }

    @Override
    public void anonymise(long householdId, Instant at) {
        var dsl = db.dsl();
        String accounts = "SELECT account_id FROM household_account WHERE household_id = ?";
        // the accounts stay (payments and messages refer to them) but can no longer sign in nor be recognised
        dsl.execute("UPDATE account SET email = 'anonyme-' || id || '@invalid', last_name = 'ANONYME', first_names = 'Compte fermé', "
                + "status = 'PURGED', password_hash = NULL WHERE id IN (" + accounts + ")", householdId);
        dsl.execute("DELETE FROM web_session WHERE account_id IN (" + accounts + ")", householdId);
        dsl.execute("DELETE FROM one_time_token WHERE account_id IN (" + accounts + ")", householdId);
        dsl.execute("DELETE FROM notification WHERE account_id IN (" + accounts + ")", householdId);
        dsl.execute("DELETE FROM household_account WHERE household_id = ?", householdId);
        String children = "SELECT id FROM child WHERE household_id = ?";
        for (String table : List.of("health_record", "vaccination", "authorised_contact", "consent_answer", "consent_change", "health_sheet_read")) {
            dsl.execute("DELETE FROM " + table + " WHERE child_id IN (" + children + ")", householdId);
        }
        // bookings, enrolments and attendance stay with a nameless child: they explain the invoices
        dsl.execute("UPDATE child SET last_name = 'ANONYME', first_names = 'Enfant ' || id, birth_date = date_trunc('year', birth_date)::date, "
                + "school = '', level = NULL WHERE household_id = ?", householdId);
        for (String table : List.of("guardian", "supporting_document", "town_document", "message_thread", "demarche", "medical_absence", "family_quotient",
                "dossier_change", "calendar_feed")) {
            dsl.execute("DELETE FROM " + table + " WHERE household_id = ?", householdId);
        }
        // the online payment attempts stay with the invoices they paid, without the payer's mail
        dsl.execute("UPDATE payment SET payer_email = NULL WHERE household_id = ?", householdId);
        dsl.execute("UPDATE household SET name = 'Foyer anonymisé n° ' || id, postal_address = '', paperless_invoices = false, left_on = NULL, "
                + "anonymised_at = ?::timestamptz WHERE id = ?", utc(at), householdId);
    }

    @Override
    public void deleteHealthSheet(long childId) {
        db.dsl().execute("DELETE FROM vaccination WHERE child_id = ?", childId);
        db.dsl().execute("DELETE FROM health_record WHERE child_id = ?", childId);
    }

    @Override
    public void deleteDocuments(Collection<Long> ids) {
        deleteIn("supporting_document", ids);
    }

    @Override
    public void deleteThreads(Collection<Long> ids) {
        deleteIn("message_thread", ids);
    }

    @Override
    public void deleteDemarches(Collection<Long> ids) {
        deleteIn("demarche", ids);
    }

    private void deleteIn(String table, Collection<Long> ids) {
        if (ids.isEmpty()) return;
        db.dsl().execute("DELETE FROM " + table + " WHERE id = ANY(?)", (Object) ids.toArray(Long[]::new));
    }

    @Override
    public long deleteAuditLinesBefore(Instant before) {
        var at = utc(before);
        long count = 0;
        for (String trail : TRAILS) count += db.dsl().execute("DELETE " + trail, at);
        return count;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
