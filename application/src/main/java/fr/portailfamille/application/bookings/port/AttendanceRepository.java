package fr.portailfamille.application.bookings.port;

import fr.portailfamille.domain.bookings.Attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Out-port: the agents' attendance marks, by activity, day and child. */
public interface AttendanceRepository {

    /** The marks of one activity's day, by child (children not marked are absent from the map). */
    Map<Long, Attendance> marks(long activityId, LocalDate day);

    /** Records these marks (only {@link Attendance#isMark() marks}), replacing earlier ones of the same children. */
    void mark(long activityId, LocalDate day, Map<Long, Attendance> marks, long agentAccountId, Instant at);

    /** Forgets these children's marks of that day (a child added to the register by mistake). */
    void unmark(long activityId, LocalDate day, java.util.Collection<Long> childIds);
}
