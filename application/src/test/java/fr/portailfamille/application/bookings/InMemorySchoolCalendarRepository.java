package fr.portailfamille.application.bookings;

import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemorySchoolCalendarRepository implements SchoolCalendarRepository {

    private final Map<SchoolYear, SchoolCalendar> calendars = new HashMap<>();

    @Override
    public synchronized Optional<SchoolCalendar> find(SchoolYear year) {
        return Optional.ofNullable(calendars.get(year));
    }

    @Override
    public synchronized void save(SchoolCalendar calendar) {
        calendars.put(calendar.schoolYear(), calendar);
    }
}
