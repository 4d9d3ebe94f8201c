package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.EnrolmentStatus;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.EnrolmentRecord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.ENROLMENT;

public final class JooqEnrolmentRepository implements EnrolmentRepository {

    private final Db db;

    public JooqEnrolmentRepository(Db db) {
        this.db = db;
    }

    @Override
    public Enrolment add(Enrolment e) {
        db.forgetTransactionReads();
        long id = db.dsl().insertInto(ENROLMENT)
                .set(ENROLMENT.CHILD_ID, e.childId())
                .set(ENROLMENT.ACTIVITY_ID, e.activityId())
                .set(ENROLMENT.START_YEAR, e.schoolYear().startYear())
                .set(ENROLMENT.STATUS, status(e.status()))
                .set(ENROLMENT.REFUSAL_REASON, e.refusalReason())
                .set(ENROLMENT.REQUESTED_AT, utc(e.requestedAt()))
                .set(ENROLMENT.DECIDED_AT, utc(e.decidedAt()))
                .returning(ENROLMENT.ID).fetchOne().getId();
        return e.withId(id);
    }

    @Override
    public void update(Enrolment e) {
        db.forgetTransactionReads();
        int updated = db.dsl().update(ENROLMENT)
                .set(ENROLMENT.STATUS, status(e.status()))
                .set(ENROLMENT.REFUSAL_REASON, e.refusalReason())
                .set(ENROLMENT.DECIDED_AT, utc(e.decidedAt()))
                .where(ENROLMENT.ID.eq(e.id())).execute();
        if (updated != 1) throw new IllegalArgumentException("no enrolment " + e.id());
    }

    @Override
    public Optional<Enrolment> find(long id) {
        return db.dsl().selectFrom(ENROLMENT).where(ENROLMENT.ID.eq(id)).fetchOptional().map(JooqEnrolmentRepository::enrolment);
    }

    @Override
    public Optional<Enrolment> find(long childId, long activityId, SchoolYear year) {
        return db.dsl().selectFrom(ENROLMENT)
                .where(ENROLMENT.CHILD_ID.eq(childId), ENROLMENT.ACTIVITY_ID.eq(activityId), ENROLMENT.START_YEAR.eq(year.startYear()))
                .fetchOptional().map(JooqEnrolmentRepository::enrolment);
    }

    @Override
    public List<Enrolment> ofChildren(Collection<Long> childIds, SchoolYear year) {
        if (childIds.isEmpty()) return List.of();
        return db.onceInTransaction(new OfChildren(List.copyOf(childIds), year), () -> List.copyOf(db.dsl().selectFrom(ENROLMENT)
                .where(ENROLMENT.CHILD_ID.in(childIds), ENROLMENT.START_YEAR.eq(year.startYear()))
                .orderBy(ENROLMENT.CHILD_ID, ENROLMENT.ACTIVITY_ID).fetch(JooqEnrolmentRepository::enrolment)));
    }

    private record OfChildren(List<Long> childIds, SchoolYear year) {
    }

    @Override
    public List<Enrolment> ofActivity(long activityId) {
        return db.dsl().selectFrom(ENROLMENT).where(ENROLMENT.ACTIVITY_ID.eq(activityId)).orderBy(ENROLMENT.CHILD_ID).fetch(JooqEnrolmentRepository::enrolment);
    }

    @Override
    public List<Enrolment> pending() {
        return db.dsl().selectFrom(ENROLMENT).where(ENROLMENT.STATUS.eq(fr.portailfamille.persistence.schema.enums.EnrolmentStatus.PENDING))
                .orderBy(ENROLMENT.REQUESTED_AT, ENROLMENT.ID).fetch(JooqEnrolmentRepository::enrolment);
    }

    private static Enrolment enrolment(EnrolmentRecord r) {
        return new Enrolment(r.getId(), r.getChildId(), r.getActivityId(), SchoolYear.startingIn(r.getStartYear()),
                EnrolmentStatus.valueOf(r.getStatus().name()), r.getRefusalReason(), instant(r.getRequestedAt()), instant(r.getDecidedAt()));
    }

    private static fr.portailfamille.persistence.schema.enums.EnrolmentStatus status(EnrolmentStatus status) {
        return fr.portailfamille.persistence.schema.enums.EnrolmentStatus.valueOf(status.name());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
