package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.Slot;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Agents manage an activity's days: close or reopen a day, change its places, see who is booked and who waits. More
 * places (or a reopened day) promote the first waiting children, whose families are told.
 */
public final class ManageSlots {

    public record Day(SlotSummary slot, String dayLabel, String dayKind) {
    }

    public record Month(Activity activity, YearMonth month, List<Day> days) {
    }

    public record Detail(Activity activity, LocalDate day, String dayLabel, int capacity, boolean closed, List<Child> booked, List<Child> waiting) {
    }

    private final BookingsPorts ports;
    private final Promotions promotions;

    public ManageSlots(BookingsPorts ports) {
        this.ports = ports;
        this.promotions = new Promotions(ports);
    }

    public Month month(Actor actor, long activityId, YearMonth month) {
        actor.requireStaff();
        var activity = ports.activities().find(activityId).orElseThrow(Actor.NotAllowed::new);
        var calendar = ports.calendars().find(activity.schoolYear());
        var days = ports.slots().summaries(List.of(activityId), month.atDay(1), month.atEndOfMonth()).stream()
                .map(s -> new Day(s, BookingDates.longDate(s.day()), calendar.map(c -> c.dayKind(s.day()).label()).orElse(""))).toList();
        return new Month(activity, month, days);
    }

    public Detail detail(Actor actor, long activityId, LocalDate day) {
        actor.requireStaff();
        var activity = ports.activities().find(activityId).orElseThrow(Actor.NotAllowed::new);
        var calendar = calendar(activity);
        return ports.transactions().inTransaction(() -> {
            var slot = ports.slots().lock(activity, calendar, List.of(day)).stream().findFirst().orElseThrow(Actor.NotAllowed::new);
            var households = ports.households().households();
            Map<Long, Child> children = java.util.stream.Stream.concat(slot.booked().stream(), slot.waiting().stream())
                    .map(households::findChild).flatMap(java.util.Optional::stream).collect(Collectors.toMap(Child::id, c -> c));
            return new Detail(activity, day, BookingDates.longDate(day), slot.capacity(), slot.isClosed(),
                    slot.booked().stream().map(children::get).filter(java.util.Objects::nonNull).toList(),
                    slot.waiting().stream().map(children::get).filter(java.util.Objects::nonNull).toList());
        });
    }

    /**
     * Closes the day: its bookings stay on record but are the town's cancellation (Billing does not charge a closed
     * day), and each booked family is told. Closing a closed day tells nobody again.
     */
    public void close(Actor actor, long activityId, LocalDate day) {
        change(actor, activityId, day, slot -> {
            if (slot.isClosed()) return;
            slot.close();
            slot.booked().forEach(child -> tellClosed(child, slot.activity(), day));
        });
    }

    private void tellClosed(long childId, Activity activity, LocalDate day) {
        var households = ports.households().households();
        households.findChild(childId).ifPresent(child -> {
            String title = "La mairie a fermé « " + activity.name() + " » le " + BookingDates.longDate(day) + " : la réservation de "
                    + child.firstNames() + " est annulée et ne sera pas facturée.";
            households.accountsOf(child.householdId()).forEach(account ->
                    ports.notifier().notify(account, NotificationKind.DAY_CLOSED, title, "/planning?date=" + day));
        });
    }

    public void reopen(Actor actor, long activityId, LocalDate day) {
        change(actor, activityId, day, slot -> slot.reopen().forEach(child -> promotions.tell(child, slot.activity(), day)));
    }

    /** What a new number of places did: refused with its reason, or saved with the children it took off the waiting list. */
    public sealed interface CapacityChange {
        record Invalid(FieldErrors errors) implements CapacityChange {
        }

        record Changed(int promoted) implements CapacityChange {
        }
    }

    public CapacityChange changeCapacity(Actor actor, long activityId, LocalDate day, String capacity) {
        actor.requireStaff();
        var errors = new FieldErrors();
        int places;
        try {
            places = Integer.parseInt(capacity == null ? "" : capacity.strip());
        } catch (NumberFormatException e) {
            places = -1;
        }
        if (places < 0 || places > 1000) return new CapacityChange.Invalid(errors.add("capacity", "Indiquez un nombre de places entre 0 et 1000."));
        int newCapacity = places;
        var promoted = new java.util.ArrayList<Long>();
        change(actor, activityId, day, slot -> {
            promoted.addAll(slot.changeCapacity(newCapacity));
            promoted.forEach(child -> promotions.tell(child, slot.activity(), day));
        });
        return new CapacityChange.Changed(promoted.size());
    }

    private void change(Actor actor, long activityId, LocalDate day, Consumer<Slot> decision) {
        actor.requireStaff();
        var activity = ports.activities().find(activityId).orElseThrow(Actor.NotAllowed::new);
        var calendar = calendar(activity);
        ports.transactions().run(() -> {
            var slot = ports.slots().lock(activity, calendar, List.of(day)).stream().findFirst().orElseThrow(Actor.NotAllowed::new);
            decision.accept(slot);
            ports.slots().save(List.of(slot), ports.clock().instant());
        });
    }

    private SchoolCalendar calendar(Activity activity) {
        return ports.calendars().find(activity.schoolYear()).orElseThrow(Actor.NotAllowed::new);
    }
}
