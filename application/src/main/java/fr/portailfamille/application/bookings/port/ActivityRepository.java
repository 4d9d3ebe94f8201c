package fr.portailfamille.application.bookings.port;

import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.List;
import java.util.Optional;

/** Out-port: the town's activities, each with its deadline rules. */
public interface ActivityRepository {

    /** Stores a new activity and returns it with its id. */
    Activity add(Activity activity);

    /** Replaces the stored activity of the same id. */
    void update(Activity activity);

    Optional<Activity> find(long id);

    /** The activities of a school year, by kind (morning to holidays) then name. */
    List<Activity> ofYear(SchoolYear year);
}
