package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.persistence.Bulk;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.HouseholdEventRecord;
import org.jooq.Condition;

import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_EVENT;

public final class JooqAuditTrail implements AuditTrail {

    private static final List<Bulk.Column> COLUMNS = List.of(new Bulk.Column("household_id", "bigint"), new Bulk.Column("actor_account_id", "bigint"),
            new Bulk.Column("at", "timestamptz"), new Bulk.Column("kind", "text"), new Bulk.Column("summary", "text"), new Bulk.Column("origin", "text"));

    private final Db db;

    public JooqAuditTrail(Db db) {
        this.db = db;
    }

    @Override
    public void record(List<AuditEvent> events) {
        Bulk.insert(db.dsl(), "household_event", COLUMNS, events.stream()
                .map(e -> new Object[] {e.householdId(), e.actorAccountId(), e.at(), e.kind().name(), e.summary(), e.origin()}).toList());
    }

    @Override
    public List<AuditEvent> ofHousehold(long householdId, int limit) {
        return where(HOUSEHOLD_EVENT.HOUSEHOLD_ID.eq(householdId), limit);
    }

    @Override
    public List<AuditEvent> ofTown(int limit) {
        return where(HOUSEHOLD_EVENT.HOUSEHOLD_ID.isNull(), limit);
    }

    private List<AuditEvent> where(Condition condition, int limit) {
        return db.dsl().selectFrom(HOUSEHOLD_EVENT).where(condition).orderBy(HOUSEHOLD_EVENT.ID.desc()).limit(Math.max(limit, 0))
                .fetch(JooqAuditTrail::toEvent);
    }

    private static AuditEvent toEvent(HouseholdEventRecord r) {
        return new AuditEvent(r.getHouseholdId(), r.getActorAccountId(), r.getAt().toInstant(), AuditEvent.Kind.valueOf(r.getKind()),
                r.getSummary(), r.getOrigin());
    }
}
