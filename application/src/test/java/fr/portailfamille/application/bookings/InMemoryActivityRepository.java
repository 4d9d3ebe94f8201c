package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryActivityRepository implements ActivityRepository {

    private final Map<Long, Activity> activities = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Activity add(Activity activity) {
        var stored = activity.withId(nextId++);
        activities.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Activity activity) {
        if (!activities.containsKey(activity.id())) throw new IllegalArgumentException("no activity " + activity.id());
        activities.put(activity.id(), activity);
    }

    @Override
    public synchronized Optional<Activity> find(long id) {
        return Optional.ofNullable(activities.get(id));
    }

    @Override
    public synchronized List<Activity> ofYear(SchoolYear year) {
        return activities.values().stream().filter(a -> a.schoolYear().equals(year))
                .sorted(Comparator.comparing(Activity::kind).thenComparing(Activity::name)).toList();
    }
}
