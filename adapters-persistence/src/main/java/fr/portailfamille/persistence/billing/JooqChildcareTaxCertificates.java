package fr.portailfamille.persistence.billing;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.billing.port.ChildcareTaxCertificates;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.PaidChildcare;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.persistence.Db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The certificates' lines in one query (invoices paid in the year, their lines and their credit notes' lines, each line's
 * child found by name among its household's children), the activities' kinds in a second one.
 */
public final class JooqChildcareTaxCertificates implements ChildcareTaxCertificates {

    private static final String PAID_LINES = """
            WITH paid AS (
                SELECT i.id, i.household_id, i.number, i.paid_method, (i.paid_at AT TIME ZONE ?)::date AS paid_on
                FROM invoice i
                WHERE i.status IN ('PAID', 'PAID_AT_DESK') AND i.paid_at >= ?::timestamptz AND i.paid_at < ?::timestamptz),
            lines AS (
                SELECT p.*, l.prestation, l.child_name, l.quantity * l.unit_price_cents AS cents
                FROM paid p JOIN invoice_line l ON l.invoice_id = p.id
                UNION ALL
                SELECT p.*, l.prestation, l.child_name, l.quantity * l.unit_price_cents
                FROM paid p JOIN credit_note n ON n.invoice_id = p.id AND n.issued_on <= ?::date
                JOIN credit_note_line l ON l.credit_note_id = n.id)
            SELECT lines.*, ch.id AS child_id, ch.birth_date
            FROM lines
            LEFT JOIN LATERAL (SELECT c.id, c.birth_date FROM child c
                               WHERE c.household_id = lines.household_id AND c.first_names || ' ' || c.last_name = lines.child_name
                               ORDER BY c.id LIMIT 1) ch ON true
            ORDER BY lines.household_id, lines.number, lines.cents DESC""";

    private final Db db;

    public JooqChildcareTaxCertificates(Db db) {
        this.db = db;
    }

    @Override
    public List<PaidChildcare> paidIn(int year) {
        var zone = TownZone.ZONE;
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        var kinds = activityKinds();
        return db.dsl().fetch(PAID_LINES, zone.getId(), from, to, LocalDate.of(year, 12, 31)).map(r -> {
            Long child = r.get("child_id", Long.class);
            return new PaidChildcare(r.get("household_id", Long.class), r.get("number", String.class), child, r.get("child_name", String.class),
                    child == null ? null : r.get("birth_date", LocalDate.class), kinds.get(InvoiceLine.activityNameOf(r.get("prestation", String.class))),
                    Money.ofCents(r.get("cents", Long.class)), PaymentMethod.valueOf(r.get("paid_method", String.class)), r.get("paid_on", LocalDate.class));
        });
    }

    /** Each activity name's kind; a name used over several school years takes its latest year's kind. */
    private Map<String, ActivityKind> activityKinds() {
        var kinds = new HashMap<String, ActivityKind>();
        db.dsl().fetch("SELECT DISTINCT ON (name) name, kind::text AS kind FROM activity ORDER BY name, start_year DESC, id DESC")
                .forEach(r -> kinds.put(r.get("name", String.class), ActivityKind.valueOf(r.get("kind", String.class))));
        return kinds;
    }

    @Override
    public Set<Long> certified(int year) {
        return new HashSet<>(db.dsl().fetch("SELECT household_id FROM tax_certificate WHERE year = ?", year).map(r -> r.get(0, Long.class)));
    }

    @Override
    public boolean record(long householdId, int year, long documentId, Instant at, long issuedBy) {
        return db.dsl().execute("INSERT INTO tax_certificate (household_id, year, document_id, issued_at, issued_by) VALUES (?, ?, ?, ?::timestamptz, ?) "
                + "ON CONFLICT (household_id, year) DO NOTHING", householdId, year, documentId, at.atOffset(ZoneOffset.UTC), issuedBy) == 1;
    }
}
