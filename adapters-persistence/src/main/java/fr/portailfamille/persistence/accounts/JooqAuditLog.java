package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AuditLog;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.AuditEventRecord;

import java.util.List;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.AUDIT_EVENT;
import static org.jooq.impl.DSL.noCondition;

public final class JooqAuditLog implements AuditLog {

    private final Db db;

    public JooqAuditLog(Db db) {
        this.db = db;
    }

    @Override
    public void record(AuditEvent event) {
        db.dsl().insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.TYPE, event.type().name())
                .set(AUDIT_EVENT.ACTOR_ACCOUNT_ID, event.actorAccountId())
                .set(AUDIT_EVENT.SUBJECT_ACCOUNT_ID, event.subjectAccountId())
                .set(AUDIT_EVENT.AT, utc(event.at()))
                .set(AUDIT_EVENT.CLIENT_ADDRESS, event.clientAddress())
                .set(AUDIT_EVENT.DETAIL, event.detail())
                .execute();
    }

    @Override
    public List<AuditEvent> latest(Long subjectAccountId, int limit) {
        // Most recent = last recorded (id), not the largest «at»: clocks of two portal instances may differ slightly.
        return db.dsl().selectFrom(AUDIT_EVENT)
                .where(subjectAccountId == null ? noCondition() : AUDIT_EVENT.SUBJECT_ACCOUNT_ID.eq(subjectAccountId))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(Math.max(limit, 0))
                .fetch(JooqAuditLog::toEvent);
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(AuditEventType.valueOf(r.getType()), r.getActorAccountId(), r.getSubjectAccountId(),
                instant(r.getAt()), r.getClientAddress(), r.getDetail());
    }
}
