package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.bookings.DeadlineRule;
import fr.portailfamille.domain.bookings.DeadlineRuleInput;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.SchoolLevel;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agents create and edit the town's activities: what, when, how many places, the deadline rules in the grammar
 * (checked, with the French reason when not understood), the régie and tariff line Billing uses. Saving derives the
 * year's slots from the school calendar; an existing slot keeps its places (agents change a day on the slots page).
 */
public final class ManageActivities {

    public static final String NO_CALENDAR = "Le calendrier scolaire %s n'est pas encore saisi : saisissez-le d'abord (« Calendrier scolaire »).";

    /**
     * The form as typed.
     *
     * @param schools names of the town's schools it is for, none for every school
     * @param levels  school levels («CP», «CE1»…) it is for, none for every level
     */
    public record Command(String schoolYear, String name, String kind, String unit, List<String> weekdays, String capacity,
                          boolean waitingList, String bookingRule, String cancellationRule, String cashOfficeId, String priceCategory,
                          List<String> schools, List<String> levels) {

        /** An activity for every child. */
        public Command(String schoolYear, String name, String kind, String unit, List<String> weekdays, String capacity,
                       boolean waitingList, String bookingRule, String cancellationRule, String cashOfficeId, String priceCategory) {
            this(schoolYear, name, kind, unit, weekdays, capacity, waitingList, bookingRule, cancellationRule, cashOfficeId, priceCategory,
                    List.of(), List.of());
        }
    }

    public sealed interface Result {
        record Saved(Activity activity) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    private final BookingsPorts ports;

    public ManageActivities(BookingsPorts ports) {
        this.ports = ports;
    }

    public List<Activity> list(Actor actor, SchoolYear year) {
        actor.requireStaff();
        return ports.activities().ofYear(year);
    }

    /** The town's schools, to target an activity. */
    public List<String> schools(Actor actor) {
        actor.requireStaff();
        return ports.households().catalogue().schools();
    }

    public Activity find(Actor actor, long id) {
        actor.requireStaff();
        return ports.activities().find(id).orElseThrow(Actor.NotAllowed::new);
    }

    /** @param id null for a new activity */
    public Result save(Actor actor, Long id, Command c) {
        actor.requireStaff();
        if (id != null) find(actor, id);
        var errors = new FieldErrors();
        SchoolYear year = null;
        try {
            year = SchoolYear.parse(c.schoolYear());
        } catch (IllegalArgumentException e) {
            errors.add("schoolYear", e.getMessage());
        }
        if (year != null && ports.calendars().find(year).isEmpty()) errors.add("schoolYear", NO_CALENDAR.formatted(year.label()));
        errors.requireText("name", c.name(), "Nom", 120);
        ActivityKind kind = parse(ActivityKind.class, c.kind()).orElse(null);
        if (kind == null) errors.add("kind", "Choisissez le type d'activité.");
        BookingUnit unit = parse(BookingUnit.class, c.unit()).orElse(null);
        if (unit == null) errors.add("unit", "Choisissez l'unité réservée.");
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String d : c.weekdays()) {
            try {
                weekdays.add(DayOfWeek.of(Integer.parseInt(d.strip())));
            } catch (RuntimeException ignored) {
                // a forged value is no day
            }
        }
        if (weekdays.isEmpty()) errors.add("weekdays", "Choisissez au moins un jour de la semaine.");
        int capacity = 0;
        try {
            capacity = Integer.parseInt(c.capacity().strip());
        } catch (NumberFormatException e) {
            capacity = 0;
        }
        if (capacity <= 0 || capacity > 1000) errors.add("capacity", "Indiquez un nombre de places entre 1 et 1000.");
        DeadlineRule booking = rule(errors, "bookingRule", c.bookingRule());
        DeadlineRule cancellation = rule(errors, "cancellationRule", c.cancellationRule());
        errors.requireText("cashOfficeId", c.cashOfficeId(), "Régie", 40);
        errors.requireText("priceCategory", c.priceCategory(), "Catégorie de tarif", 40);
        var known = ports.households().catalogue().schools();
        if (!known.containsAll(c.schools())) errors.add("schools", "Choisissez les écoles dans la liste.");
        var levels = java.util.Arrays.stream(SchoolLevel.values()).map(SchoolLevel::name).toList();
        if (!levels.containsAll(c.levels())) errors.add("levels", "Choisissez les niveaux dans la liste.");
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        var activity = new Activity(id == null ? 0 : id, c.name(), kind, unit, weekdays, year, capacity, c.waitingList(), booking, cancellation,
                c.cashOfficeId().strip(), c.priceCategory().strip(), Set.copyOf(c.schools()), Set.copyOf(c.levels()));
        var calendar = ports.calendars().find(year).orElseThrow();
        return ports.transactions().inTransaction(() -> {
            Activity stored;
            if (id == null) {
                stored = ports.activities().add(activity);
            } else {
                ports.activities().update(activity);
                stored = activity;
            }
            ports.slots().ensure(stored, stored.slotDates(calendar));
            return new Result.Saved(stored);
        });
    }

    private static DeadlineRule rule(FieldErrors errors, String field, String text) {
        return switch (DeadlineRule.parse(text == null ? "" : text)) {
            case DeadlineRuleInput.Valid valid -> valid.rule();
            case DeadlineRuleInput.Invalid invalid -> {
                errors.add(field, invalid.message());
                yield null;
            }
        };
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name == null ? "" : name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
