package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.EnrolmentStatus;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryEnrolmentRepository implements EnrolmentRepository {

    private final Map<Long, Enrolment> enrolments = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Enrolment add(Enrolment enrolment) {
        if (find(enrolment.childId(), enrolment.activityId(), enrolment.schoolYear()).isPresent()) {
            throw new IllegalStateException("already an enrolment for this child, activity and year");
        }
        var stored = enrolment.withId(nextId++);
        enrolments.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Enrolment enrolment) {
        if (!enrolments.containsKey(enrolment.id())) throw new IllegalArgumentException("no enrolment " + enrolment.id());
        enrolments.put(enrolment.id(), enrolment);
    }

    @Override
    public synchronized Optional<Enrolment> find(long id) {
        return Optional.ofNullable(enrolments.get(id));
    }

    @Override
    public synchronized Optional<Enrolment> find(long childId, long activityId, SchoolYear year) {
        return enrolments.values().stream()
                .filter(e -> e.childId() == childId && e.activityId() == activityId && e.schoolYear().equals(year)).findFirst();
    }

    @Override
    public synchronized List<Enrolment> ofChildren(Collection<Long> childIds, SchoolYear year) {
        return enrolments.values().stream().filter(e -> childIds.contains(e.childId()) && e.schoolYear().equals(year))
                .sorted(Comparator.comparingLong(Enrolment::childId).thenComparingLong(Enrolment::activityId)).toList();
    }

    @Override
    public synchronized List<Enrolment> ofActivity(long activityId) {
        return enrolments.values().stream().filter(e -> e.activityId() == activityId).sorted(Comparator.comparingLong(Enrolment::childId)).toList();
    }

    @Override
    public synchronized List<Enrolment> pending() {
        return enrolments.values().stream().filter(e -> e.status() == EnrolmentStatus.PENDING)
                .sorted(Comparator.comparing(Enrolment::requestedAt).thenComparingLong(Enrolment::id)).toList();
    }
}
