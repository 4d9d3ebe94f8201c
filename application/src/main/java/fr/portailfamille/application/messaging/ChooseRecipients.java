package fr.portailfamille.application.messaging;

import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.households.port.DossierCatalogue;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.common.TownZone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The groups an agent may write to at once, as the form offers them: the town's schools and this school year's
 * activities (last year's ones are over: nobody should receive a message about them).
 */
public final class ChooseRecipients {

    private final DossierCatalogue catalogue;
    private final ActivityRepository activities;
    private final Clock clock;

    public ChooseRecipients(DossierCatalogue catalogue, ActivityRepository activities, Clock clock) {
        this.catalogue = catalogue;
        this.activities = activities;
        this.clock = clock;
    }

    /** School names, alphabetical. */
    public List<String> schools() {
        return catalogue.schools();
    }

    /** This school year's activities by id, in id order. */
    public SortedMap<Long, String> activities() {
        var year = SchoolYear.containing(LocalDate.now(clock.withZone(TownZone.ZONE)));
        var byId = new TreeMap<Long, String>();
        for (Activity activity : activities.ofYear(year)) byId.putIfAbsent(activity.id(), activity.name());
        return byId;
    }
}
