package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.ChildCompleteness;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.Child;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * «Inscriptions périscolaires»: a parent sees, for each child, its enrolments of the school year and asks for new
 * ones. A child whose dossier is incomplete cannot ask: the page lists what is missing, with links.
 */
public final class RequestEnrolment {

    public static final String DOSSIER_INCOMPLETE = "Le dossier de %s est incomplet : complétez-le avant de demander une inscription.";
    public static final String ALREADY = "%s a déjà une inscription à « %s » pour l'année scolaire %s (%s).";
    public static final String CHOOSE_ACTIVITY = "Choisissez une activité.";
    public static final String NOT_FOR_CHILD = "« %s » est réservée aux enfants suivants : %s. Elle n'est pas proposée à %s.";

    public record Line(Enrolment enrolment, Activity activity) {
    }

    public record ChildEnrolments(Child child, List<ChildCompleteness.Item> missing, List<Line> enrolments) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** @param closed why parents cannot enrol in this year yet (prepared in advance, enrolments not open) */
    public record View(SchoolYear year, List<ChildEnrolments> children, List<Activity> activities, Optional<String> closed) {
    }

    public sealed interface Result {
        record Requested(Enrolment enrolment, String message) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    private final BookingsPorts ports;

    public RequestEnrolment(BookingsPorts ports) {
        this.ports = ports;
    }

    public View view(Actor actor, SchoolYear year) {
        var family = Family.of(ports, actor);
        var activities = ports.activities().ofYear(year);
        Map<Long, Activity> byId = activities.stream().collect(Collectors.toMap(Activity::id, Function.identity()));
        var enrolments = ports.enrolments().ofChildren(family.children.stream().map(Child::id).toList(), year);
        var children = family.children.stream().map(child -> new ChildEnrolments(child, family.missing(child.id()),
                enrolments.stream().filter(e -> e.childId() == child.id() && byId.containsKey(e.activityId()))
                        .map(e -> new Line(e, byId.get(e.activityId()))).toList())).toList();
        // only what the town offers to at least one of the children (its schools and levels)
        var offered = activities.stream().filter(a -> family.children.stream().anyMatch(child -> isFor(a, child))).toList();
        var closed = new EnrolmentGate(ports).closedReason(year);
        return new View(year, children, closed.isPresent() ? List.of() : offered, closed);
    }

    /** A child's enrolments of the year. */
    public record ChildLines(Child child, List<Line> enrolments) {
    }

    /**
     * Each child's enrolments of the year, without the dossier check {@link #view} makes for the form: what a summary
     * (the parent's dashboard, reloaded all day) shows, in four queries.
     */
    public List<ChildLines> enrolments(Actor actor, SchoolYear year) {
        long household = new fr.portailfamille.application.households.OpenDossier(ports.households()).householdOf(actor);
        var children = ports.households().households().children(household);
        Map<Long, Activity> byId = ports.activities().ofYear(year).stream().collect(Collectors.toMap(Activity::id, Function.identity()));
        var enrolments = ports.enrolments().ofChildren(children.stream().map(Child::id).toList(), year);
        return children.stream().map(child -> new ChildLines(child,
                enrolments.stream().filter(e -> e.childId() == child.id() && byId.containsKey(e.activityId()))
                        .map(e -> new Line(e, byId.get(e.activityId()))).toList())).toList();
    }

    static boolean isFor(Activity activity, Child child) {
        return activity.isFor(child.school(), child.level() == null ? null : child.level().name());
    }

    public Result request(Actor actor, long childId, long activityId) {
        var family = Family.of(ports, actor);
        var child = family.child(childId);
        var activity = ports.activities().find(activityId);
        if (activity.isEmpty()) return new Result.Refused(CHOOSE_ACTIVITY);
        if (!isFor(activity.get(), child)) {
            return new Result.Refused(NOT_FOR_CHILD.formatted(activity.get().name(), activity.get().targetInWords(), child.firstNames()));
        }
        if (!family.missing(childId).isEmpty()) return new Result.Refused(DOSSIER_INCOMPLETE.formatted(child.firstNames()));
        var year = activity.get().schoolYear();
        var closed = new EnrolmentGate(ports).closedReason(year);
        if (closed.isPresent()) return new Result.Refused(closed.get());
        return ports.transactions().inTransaction(() -> {
            var existing = ports.enrolments().find(childId, activityId, year);
            if (existing.isPresent()) {
                return new Result.Refused(ALREADY.formatted(child.firstNames(), activity.get().name(), year.label(),
                        existing.get().statusInWords().toLowerCase(java.util.Locale.FRENCH)));
            }
            var stored = ports.enrolments().add(Enrolment.request(childId, activityId, year, ports.clock().instant()));
            return new Result.Requested(stored, "La demande d'inscription de " + child.firstNames() + " à « " + activity.get().name()
                    + " » a été transmise à la mairie : elle est en attente de validation.");
        });
    }
}
