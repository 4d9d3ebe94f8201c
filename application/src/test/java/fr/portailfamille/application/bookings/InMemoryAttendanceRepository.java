package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryAttendanceRepository implements AttendanceRepository {

    private final Map<String, Map<Long, Attendance>> days = new HashMap<>();

    @Override
    public synchronized Map<Long, Attendance> marks(long activityId, LocalDate day) {
        return Map.copyOf(days.getOrDefault(activityId + "/" + day, Map.of()));
    }

    @Override
    public synchronized void mark(long activityId, LocalDate day, Map<Long, Attendance> marks, long agentAccountId, Instant at) {
        if (!marks.values().stream().allMatch(Attendance::isMark)) throw new IllegalArgumentException("only present or absent are marked");
        days.computeIfAbsent(activityId + "/" + day, key -> new HashMap<>()).putAll(marks);
    }

    @Override
    public synchronized void unmark(long activityId, LocalDate day, java.util.Collection<Long> childIds) {
        days.getOrDefault(activityId + "/" + day, new HashMap<>()).keySet().removeAll(childIds);
    }
}
