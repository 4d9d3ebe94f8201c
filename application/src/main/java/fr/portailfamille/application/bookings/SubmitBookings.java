package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.application.households.ChildCompleteness;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.BookingDecision;
import fr.portailfamille.domain.bookings.CancellationDecision;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.RefusalReason;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.bookings.Slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * «Soumettre»: the days a parent ticked — bookings and cancellations together — applied in one transaction. Each
 * item gets its own answer: done, placed on the waiting list (with its position), or refused with the French reason.
 * The first waiting child of a day freed by a cancellation gets the place and its family is told.
 */
public final class SubmitBookings {

    public static final String DOSSIER_INCOMPLETE = "Le dossier de %s est incomplet (%s) : complétez-le pour pouvoir réserver.";
    public static final String NOTHING_SELECTED = "Aucun jour n'a été sélectionné : cochez les jours à réserver ou à annuler, puis « Soumettre ».";

    /** One ticked cell. */
    public record Item(long childId, long activityId, LocalDate day, boolean cancel) {

        /** «child-activity-day» as the calendar's cells send it; empty when it is not one. */
        public static Optional<Item> parse(String key, boolean cancel) {
            String[] parts = key == null ? new String[0] : key.split("-", 3);
            if (parts.length != 3) return Optional.empty();
            try {
                return Optional.of(new Item(Long.parseLong(parts[0]), Long.parseLong(parts[1]), LocalDate.parse(parts[2]), cancel));
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    public enum Kind { DONE, WAITLISTED, REFUSED }

    public record Outcome(Item item, String childName, String activityName, Kind kind, String message) {
        public String dayLabel() {
            return BookingDates.longDate(item.day());
        }
    }

    public record Result(List<Outcome> outcomes) {
        public long count(Kind kind) {
            return outcomes.stream().filter(o -> o.kind() == kind).count();
        }
    }

    private final BookingsPorts ports;
    private final Promotions promotions;
    private final AuditTrail trail;

    /** Without an audit trail: the demo seed and the tests of other rules. */
    public SubmitBookings(BookingsPorts ports) {
        this(ports, AuditTrail.NOT_KEPT);
    }

    /** @param trail where each booking and cancellation is recorded (who, when, from where) */
    public SubmitBookings(BookingsPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.promotions = new Promotions(ports);
        this.trail = trail;
    }

    public Result submit(Actor actor, List<Item> items) {
        var family = Family.of(ports, actor);
        items.forEach(item -> family.child(item.childId())); // another family's child: 404 for the whole form
        Map<Long, Optional<Activity>> activities = new HashMap<>();
        items.forEach(item -> activities.computeIfAbsent(item.activityId(), ports.activities()::find));
        Map<Long, List<ChildCompleteness.Item>> missing = new HashMap<>();
        items.stream().filter(i -> !i.cancel()).forEach(i -> missing.computeIfAbsent(i.childId(), family::missing));
        Map<SchoolYear, Optional<SchoolCalendar>> calendars = new HashMap<>();
        Map<String, Enrolment> enrolments = new HashMap<>();
        activities.values().stream().flatMap(Optional::stream).map(Activity::schoolYear).distinct().forEach(year -> {
            calendars.put(year, ports.calendars().find(year));
            ports.enrolments().ofChildren(family.children.stream().map(c -> c.id()).toList(), year)
                    .forEach(e -> enrolments.put(e.childId() + "-" + e.activityId(), e));
        });
        Instant now = ports.clock().instant();
        var gate = new EnrolmentGate(ports);

        return ports.transactions().inTransaction(() -> {
            // lock every slot concerned, activity by activity in id order and days in order: no crosswise waits
            Map<String, Slot> slots = new HashMap<>();
            Map<Long, List<Item>> byActivity = items.stream().collect(Collectors.groupingBy(Item::activityId));
            byActivity.keySet().stream().sorted().forEach(activityId -> activities.get(activityId).ifPresent(activity ->
                    calendars.get(activity.schoolYear()).ifPresent(calendar -> {
                        var its = byActivity.get(activityId);
                        var days = its.stream().map(Item::day).filter(activity.schoolYear()::contains).distinct().toList();
                        var persons = its.stream().map(Item::childId).distinct().toList();
                        // each cancellation may promote one waiting child: the view must hold that many from the front
                        Map<LocalDate, Integer> cancellations = its.stream().filter(Item::cancel)
                                .collect(Collectors.toMap(Item::day, i -> 1, Integer::sum));
                        ports.slots().lockFor(activity, calendar, days, persons, cancellations)
                                .forEach(s -> slots.put(activityId + "@" + s.date(), s));
                    })));
            List<Outcome> outcomes = new ArrayList<>();
            List<Runnable> afterwards = new ArrayList<>();
            var audit = new BookingAudit(trail, actor, family.householdId, now);
            for (Item item : items) {
                var child = family.child(item.childId());
                var activity = activities.get(item.activityId());
                if (activity.isEmpty()) {
                    outcomes.add(new Outcome(item, child.firstNames(), "Activité inconnue", Kind.REFUSED, RefusalReason.NOT_ENROLLED.message()));
                    continue;
                }
                var a = activity.get();
                Slot slot = slots.get(a.id() + "@" + item.day());
                Outcome outcome;
                if (item.cancel()) {
                    if (slot == null) {
                        outcome = refused(item, child.firstNames(), a, RefusalReason.NOT_BOOKED);
                    } else {
                        outcome = switch (slot.cancel(item.childId(), now)) {
                            case CancellationDecision.Cancelled c -> {
                                c.promotedChildId().ifPresent(promoted -> afterwards.add(() -> promotions.tell(promoted, a, item.day())));
                                yield new Outcome(item, child.firstNames(), a.name(), Kind.DONE, c.message());
                            }
                            case CancellationDecision.LeftWaitingList l -> new Outcome(item, child.firstNames(), a.name(), Kind.DONE, l.message());
                            case CancellationDecision.Refused r -> new Outcome(item, child.firstNames(), a.name(), Kind.REFUSED, slot.refusalInWords(r.reason()));
                        };
                    }
                } else if (gate.closedReason(a.schoolYear()).isPresent()) {
                    outcome = new Outcome(item, child.firstNames(), a.name(), Kind.REFUSED, gate.closedReason(a.schoolYear()).get());
                } else if (!missing.get(item.childId()).isEmpty()) {
                    outcome = new Outcome(item, child.firstNames(), a.name(), Kind.REFUSED, DOSSIER_INCOMPLETE.formatted(child.firstNames(),
                            missing.get(item.childId()).stream().map(ChildCompleteness.Item::label).collect(Collectors.joining(", "))));
                } else {
                    var enrolment = Optional.ofNullable(enrolments.get(item.childId() + "-" + a.id()));
                    var calendar = calendars.get(a.schoolYear());
                    BookingDecision decision;
                    Slot deciding = slot;
                    if (slot != null) {
                        decision = slot.book(item.childId(), now, enrolment);
                    } else if (calendar.isEmpty() || !a.schoolYear().contains(item.day())) {
                        decision = new BookingDecision.Refused(RefusalReason.NOT_RUNNING);
                    } else {
                        // no slot that day: let a transient one say why (holidays, closure…), never book it
                        deciding = Slot.open(a, item.day(), calendar.get());
                        decision = deciding.book(item.childId(), now, enrolment);
                        if (!(decision instanceof BookingDecision.Refused)) decision = new BookingDecision.Refused(RefusalReason.NOT_RUNNING);
                    }
                    Slot decided = deciding;
                    outcome = switch (decision) {
                        case BookingDecision.Booked b -> new Outcome(item, child.firstNames(), a.name(), Kind.DONE, b.message());
                        case BookingDecision.Waitlisted w -> new Outcome(item, child.firstNames(), a.name(), Kind.WAITLISTED, w.message());
                        case BookingDecision.Refused r -> decided == null ? refused(item, child.firstNames(), a, r.reason())
                                : new Outcome(item, child.firstNames(), a.name(), Kind.REFUSED, decided.refusalInWords(r.reason()));
                    };
                }
                outcomes.add(outcome);
                if (outcome.kind() != Kind.REFUSED) {
                    audit.add(item.cancel() ? AuditEvent.Kind.CANCELLED : outcome.kind() == Kind.WAITLISTED ? AuditEvent.Kind.WAITLISTED
                            : AuditEvent.Kind.BOOKED, child.firstNames(), a.name(), item.day());
                }
            }
            audit.write();
            ports.slots().save(slots.values().stream().sorted(Comparator.comparing((Slot s) -> s.activity().id()).thenComparing(Slot::date)).toList(), now);
            afterwards.forEach(Runnable::run);
            return new Result(List.copyOf(outcomes));
        });
    }

    private static Outcome refused(Item item, String child, Activity activity, RefusalReason reason) {
        return new Outcome(item, child, activity.name(), Kind.REFUSED, reason.message());
    }
}
