package fr.portailfamille.application.bookings.port;

import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Out-port: enrolments («inscriptions»), one per child, activity and school year. */
public interface EnrolmentRepository {

    /** Stores a new enrolment; a second one for the same child, activity and year is a programming error. */
    Enrolment add(Enrolment enrolment);

    void update(Enrolment enrolment);

    Optional<Enrolment> find(long id);

    Optional<Enrolment> find(long childId, long activityId, SchoolYear year);

    /** The enrolments of these children for the year, by child then activity. */
    List<Enrolment> ofChildren(Collection<Long> childIds, SchoolYear year);

    /** Every enrolment in this activity (of its one school year), whatever its status, by child. */
    List<Enrolment> ofActivity(long activityId);

    /** Requests waiting for a decision, oldest first. */
    List<Enrolment> pending();
}
