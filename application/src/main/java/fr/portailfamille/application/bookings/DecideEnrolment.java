package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.List;

/**
 * The town decides on enrolments: agents accept or refuse (with a reason the family reads) the pending requests, and
 * enrol a child directly. The family is notified of every decision.
 */
public final class DecideEnrolment {

    public static final String ALREADY = "Cet enfant a déjà une inscription à cette activité pour l'année scolaire.";
    /** The activity, its target in words, the child's first names, the child's school and level. */
    public static final String NOT_TARGETED = "« %s » est réservée à %s : %s (%s) n'en fait pas partie. "
            + "Pour l'inscrire quand même, cochez « Inscrire malgré tout (hors école ou niveau visés) ».";

    public record Pending(Enrolment enrolment, Child child, Activity activity) {
    }

    /** What an agent chooses from to enrol a household's child directly. */
    public record EnrolForm(long householdId, String householdName, List<Child> children, List<Activity> activities) {
    }

    private final BookingsPorts ports;
    private final AuditTrail trail;

    /** Without an audit trail: the tests of other rules. */
    public DecideEnrolment(BookingsPorts ports) {
        this(ports, AuditTrail.NOT_KEPT);
    }

    /** @param trail where each decision is recorded (who, when, from where) */
    public DecideEnrolment(BookingsPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.trail = trail;
    }

    public List<Pending> pending(Actor actor) {
        actor.requireStaff();
        return ports.enrolments().pending().stream().map(e -> new Pending(e,
                ports.households().households().findChild(e.childId()).orElseThrow(),
                ports.activities().find(e.activityId()).orElseThrow())).toList();
    }

    public void accept(Actor actor, long enrolmentId) {
        actor.requireStaff();
        ports.transactions().run(() -> {
            var enrolment = ports.enrolments().find(enrolmentId).orElseThrow(Actor.NotAllowed::new);
            if (enrolment.allowsBooking()) return; // accepted twice (a double click): nothing more to do
            var accepted = enrolment.accept(ports.clock().instant());
            ports.enrolments().update(accepted);
            tell(actor, AuditEvent.Kind.ENROLMENT_ACCEPTED, accepted, "acceptée : vous pouvez réserver les jours depuis PLANNING.");
        });
    }

    public FieldErrors refuse(Actor actor, long enrolmentId, String reason) {
        actor.requireStaff();
        var errors = new FieldErrors();
        if (reason == null || reason.isBlank()) return errors.add("reason", Enrolment.REASON_REQUIRED);
        ports.transactions().run(() -> {
            var enrolment = ports.enrolments().find(enrolmentId).orElseThrow(Actor.NotAllowed::new);
            var refused = enrolment.refuse(reason, ports.clock().instant());
            ports.enrolments().update(refused);
            tell(actor, AuditEvent.Kind.ENROLMENT_REFUSED, refused, "refusée : " + refused.refusalReason());
        });
        return errors;
    }

    /** A household's children and the school year's activities; an unknown household is a 404. */
    public EnrolForm enrolForm(Actor actor, long householdId, fr.portailfamille.domain.bookings.SchoolYear year) {
        actor.requireStaff();
        var households = ports.households().households();
        var household = households.find(householdId).orElseThrow(Actor.NotAllowed::new);
        return new EnrolForm(householdId, household.name(), households.children(householdId), ports.activities().ofYear(year));
    }

    /**
     * An agent enrols a child of this household directly: accepted at once, the family is told. A child outside the
     * activity's schools or levels is refused unless the agent ticks «inscrire malgré tout» ({@code despiteTarget}).
     */
    public FieldErrors enrol(Actor actor, long householdId, long childId, long activityId, boolean despiteTarget) {
        actor.requireStaff();
        if (ports.households().households().findChild(childId).filter(c -> c.householdId() == householdId).isEmpty()) {
            return new FieldErrors().add("child", "Choisissez un enfant du foyer.");
        }
        return enrol(actor, childId, activityId, despiteTarget);
    }

    /** An agent enrols a child directly: accepted at once; only a child the activity targets. */
    public FieldErrors enrol(Actor actor, long childId, long activityId) {
        return enrol(actor, childId, activityId, false);
    }

    /** An agent enrols a child directly: accepted at once; outside the activity's target only {@code despiteTarget}. */
    public FieldErrors enrol(Actor actor, long childId, long activityId, boolean despiteTarget) {
        actor.requireStaff();
        var errors = new FieldErrors();
        var child = ports.households().households().findChild(childId);
        var activity = ports.activities().find(activityId);
        if (child.isEmpty()) errors.add("child", "Choisissez un enfant.");
        if (activity.isEmpty()) errors.add("activity", RequestEnrolment.CHOOSE_ACTIVITY);
        if (!errors.isEmpty()) return errors;
        if (!despiteTarget && !RequestEnrolment.isFor(activity.get(), child.get())) {
            var c = child.get();
            String where = (c.school() == null || c.school().isBlank() ? "école non renseignée" : c.school()) + ", "
                    + (c.level() == null ? "niveau non renseigné" : c.level().name());
            return errors.add("activity", NOT_TARGETED.formatted(activity.get().name(), activity.get().targetInWords(), c.firstNames(), where));
        }
        ports.transactions().run(() -> {
            if (ports.enrolments().find(childId, activityId, activity.get().schoolYear()).isPresent()) {
                errors.add("activity", ALREADY);
                return;
            }
            var created = ports.enrolments().add(Enrolment.createdByAgent(childId, activityId, activity.get().schoolYear(), ports.clock().instant()));
            tell(actor, AuditEvent.Kind.ENROLLED_BY_STAFF, created, "acceptée : vous pouvez réserver les jours depuis PLANNING.");
        });
        return errors;
    }

    /** Tells the family and records the decision in the audit trail. */
    private void tell(Actor actor, AuditEvent.Kind decision, Enrolment enrolment, String outcome) {
        var households = ports.households().households();
        var child = households.findChild(enrolment.childId()).orElseThrow();
        var activity = ports.activities().find(enrolment.activityId()).orElseThrow();
        trail.record(List.of(new AuditEvent(child.householdId(), actor.accountId(), ports.clock().instant(), decision,
                child.firstNames() + " – " + activity.name() + " – " + enrolment.schoolYear().label(), actor.origin())));
        String title = "Inscription de " + child.firstNames() + " à « " + activity.name() + " » (" + enrolment.schoolYear().label() + ") " + outcome;
        households.accountsOf(child.householdId()).forEach(account ->
                ports.notifier().notify(account, NotificationKind.ENROLMENT_DECISION, title, "/inscriptions"));
    }
}
