package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.ChildCompleteness;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.domain.households.Child;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The household a booking use case acts for, decided once: a parent's own (created at first access, as the dossier
 * does); a child of another household is as unknown as one that does not exist ({@link Actor.NotAllowed}, a 404).
 */
final class Family {

    final long householdId;
    final List<Child> children;
    private final Map<Long, Child> byId;
    private final ChildCompleteness completeness;
    /** Every child's, read together at the first question (pages ask for each child in turn). */
    private Map<Long, List<ChildCompleteness.Item>> missing;

    private Family(long householdId, List<Child> children, ChildCompleteness completeness) {
        this.householdId = householdId;
        this.children = children;
        this.byId = children.stream().collect(Collectors.toMap(Child::id, Function.identity()));
        this.completeness = completeness;
    }

    static Family of(BookingsPorts ports, Actor actor) {
        long household = new OpenDossier(ports.households()).householdOf(actor);
        return new Family(household, ports.households().households().children(household), new ChildCompleteness(ports.households()));
    }

    /** As {@link #of}, with what each child misses already read by the caller (children it does not know are read here). */
    static Family of(BookingsPorts ports, Actor actor, Map<Long, List<ChildCompleteness.Item>> knownMissing) {
        var family = of(ports, actor);
        if (family.children.stream().allMatch(c -> knownMissing.containsKey(c.id()))) family.missing = Map.copyOf(knownMissing);
        return family;
    }

    Child child(long childId) {
        var child = byId.get(childId);
        if (child == null) throw new Actor.NotAllowed();
        return child;
    }

    boolean has(long childId) {
        return byId.containsKey(childId);
    }

    /** What the child's dossier still misses before it can book; empty when complete. */
    List<ChildCompleteness.Item> missing(long childId) {
        child(childId);
        if (missing == null) missing = completeness.missingItems(householdId, children);
        return missing.get(childId);
    }
}
