package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Attendance;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Contract of {@link AttendanceRepository}. */
public abstract class AttendanceRepositoryContract {

    protected abstract AttendanceRepository repository();

    protected abstract long anActivity();

    protected abstract long aChild();

    /** A stored agent's account id. */
    protected abstract long anAgent();

    static final LocalDate TUESDAY = LocalDate.parse("2026-12-08");
    static final Instant T0 = Instant.parse("2026-12-08T08:00:00Z");

    @Test
    void marks_are_kept_by_activity_and_day_and_replaced_child_by_child() {
        var repo = repository();
        long morning = anActivity();
        long canteen = anActivity();
        long lea = aChild();
        long hugo = aChild();
        long agent = anAgent();
        assertEquals(Map.of(), repo.marks(morning, TUESDAY));
        repo.mark(morning, TUESDAY, Map.of(lea, Attendance.PRESENT, hugo, Attendance.ABSENT), agent, T0);
        repo.mark(canteen, TUESDAY, Map.of(lea, Attendance.ABSENT), agent, T0);
        repo.mark(morning, TUESDAY, Map.of(hugo, Attendance.PRESENT), agent, T0.plusSeconds(600)); // he came late
        repo.mark(morning, TUESDAY, Map.of(), agent, T0);
        assertEquals(Map.of(lea, Attendance.PRESENT, hugo, Attendance.PRESENT), repo.marks(morning, TUESDAY));
        assertEquals(Map.of(lea, Attendance.ABSENT), repo.marks(canteen, TUESDAY));
        assertEquals(Map.of(), repo.marks(morning, TUESDAY.plusDays(1)));
    }

    @Test
    void justified_and_unmarked_are_never_stored() {
        long activity = anActivity();
        long child = aChild();
        assertThrows(RuntimeException.class, () -> repository().mark(activity, TUESDAY, Map.of(child, Attendance.JUSTIFIED), anAgent(), T0));
    }

    @Test
    void a_child_present_without_a_booking_is_kept_then_forgotten() {
        var repo = repository();
        long morning = anActivity();
        long lea = aChild();
        long paul = aChild();
        long agent = anAgent();
        repo.mark(morning, TUESDAY, Map.of(lea, Attendance.PRESENT, paul, Attendance.PRESENT_WITHOUT_BOOKING), agent, T0);
        assertEquals(Map.of(lea, Attendance.PRESENT, paul, Attendance.PRESENT_WITHOUT_BOOKING), repo.marks(morning, TUESDAY));
        repo.unmark(morning, TUESDAY, java.util.List.of(paul));
        repo.unmark(morning, TUESDAY, java.util.List.of());
        assertEquals(Map.of(lea, Attendance.PRESENT), repo.marks(morning, TUESDAY));
    }
}
