package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemorySchoolCalendarRepository implements SchoolCalendarRepository {

    private final Map<SchoolYear, SchoolCalendar> calendars = new HashMap<>();
    private final Map<SchoolYear, EnrolmentOpening> openings = new HashMap<>();

    @Override
    public synchronized Optional<SchoolCalendar> find(SchoolYear year) {
        return Optional.ofNullable(calendars.get(year));
    }

    @Override
    public synchronized void save(SchoolCalendar calendar) {
        calendars.put(calendar.schoolYear(), calendar);
    }

    @Override
    public synchronized Optional<EnrolmentOpening> enrolmentOpening(SchoolYear year) {
        return Optional.ofNullable(openings.get(year));
    }

    @Override
    public synchronized void saveEnrolmentOpening(EnrolmentOpening opening) {
        if (!calendars.containsKey(opening.year())) throw new IllegalStateException("no calendar for " + opening.year());
        openings.put(opening.year(), opening);
    }
}
