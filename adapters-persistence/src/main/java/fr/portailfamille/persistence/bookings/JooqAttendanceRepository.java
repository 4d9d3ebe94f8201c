package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.AttendanceRepository;
import fr.portailfamille.domain.bookings.Attendance;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.AttendanceMark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.bookings.JooqEnrolmentRepository.utc;
import static fr.portailfamille.persistence.schema.Tables.ATTENDANCE;

public final class JooqAttendanceRepository implements AttendanceRepository {

    private final Db db;

    public JooqAttendanceRepository(Db db) {
        this.db = db;
    }

    @Override
    public Map<Long, Attendance> marks(long activityId, LocalDate day) {
        return db.dsl().select(ATTENDANCE.CHILD_ID, ATTENDANCE.MARK).from(ATTENDANCE)
                .where(ATTENDANCE.ACTIVITY_ID.eq(activityId), ATTENDANCE.DAY.eq(day)).fetch().stream()
                .collect(Collectors.toMap(r -> r.get(ATTENDANCE.CHILD_ID), r -> Attendance.valueOf(r.get(ATTENDANCE.MARK).name())));
    }

    /** One batched upsert for the whole register. */
    @Override
    public void mark(long activityId, LocalDate day, Map<Long, Attendance> marks, long agentAccountId, Instant at) {
        if (!marks.values().stream().allMatch(Attendance::isMark)) throw new IllegalArgumentException("only present or absent are marked");
        if (marks.isEmpty()) return;
        var queries = marks.entrySet().stream().map(e -> db.dsl().insertInto(ATTENDANCE)
                .set(ATTENDANCE.ACTIVITY_ID, activityId).set(ATTENDANCE.DAY, day).set(ATTENDANCE.CHILD_ID, e.getKey())
                .set(ATTENDANCE.MARK, AttendanceMark.valueOf(e.getValue().name())).set(ATTENDANCE.MARKED_AT, utc(at)).set(ATTENDANCE.MARKED_BY, agentAccountId)
                .onConflict(ATTENDANCE.ACTIVITY_ID, ATTENDANCE.DAY, ATTENDANCE.CHILD_ID).doUpdate()
                .set(ATTENDANCE.MARK, AttendanceMark.valueOf(e.getValue().name())).set(ATTENDANCE.MARKED_AT, utc(at)).set(ATTENDANCE.MARKED_BY, agentAccountId))
                .toList();
        db.dsl().batch(queries).execute();
    }

    @Override
    public void unmark(long activityId, LocalDate day, java.util.Collection<Long> childIds) {
        if (childIds.isEmpty()) return;
        db.dsl().deleteFrom(ATTENDANCE).where(ATTENDANCE.ACTIVITY_ID.eq(activityId), ATTENDANCE.DAY.eq(day), ATTENDANCE.CHILD_ID.in(childIds)).execute();
    }
}
