package fr.portailfamille.application.bookings;

import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether parents may enrol in a school year, and book it, today: a year prepared in advance waits for the day the
 * agents chose ({@link EnrolmentOpening}). Staff are never held by it. One read per year asked.
 */
final class EnrolmentGate {

    private final BookingsPorts ports;
    private final Map<SchoolYear, Optional<String>> closed = new HashMap<>();

    EnrolmentGate(BookingsPorts ports) {
        this.ports = ports;
    }

    /** The French reason parents cannot act on the year yet; empty when they can. */
    Optional<String> closedReason(SchoolYear year) {
        return closed.computeIfAbsent(year, y -> ports.calendars().enrolmentOpening(y)
                .filter(opening -> !opening.isOpenOn(ports.today())).map(EnrolmentOpening::closedReason));
    }
}
