package fr.portailfamille.application.bookings.port;

import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.Optional;

/** Out-port: the school calendar of each school year (holiday periods, closures, zone). */
public interface SchoolCalendarRepository {

    Optional<SchoolCalendar> find(SchoolYear year);

    /** Creates or replaces the calendar of its school year, holiday periods and closures included. */
    void save(SchoolCalendar calendar);

    /**
     * When parents may enrol in the year; empty for a year that has none (a year the portal knew before agents
     * prepared years in advance: open).
     */
    Optional<EnrolmentOpening> enrolmentOpening(SchoolYear year);

    /** Creates or replaces the opening of its year; the year's calendar exists. */
    void saveEnrolmentOpening(EnrolmentOpening opening);
}
