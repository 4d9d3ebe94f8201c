package fr.portailfamille.domain.bookings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An «activité» or «prestation» of the town for one school year: what it is, when it runs, how many children a
 * day, until when it can be booked and cancelled, and where Billing sends the invoice.
 *
 * @param id              0 until the repository assigns one
 * @param weekdays        days of the week it runs; the calendar then removes holidays, closures, public holidays
 * @param defaultCapacity places per slot unless an agent changes one day
 * @param waitingList     whether a full day puts the child on a waiting list (else the booking is refused)
 * @param cashOfficeId    the «régie» that invoices it (Billing's id, kept opaque here)
 * @param priceCategory   the tariff line Billing applies (opaque here)
 * @param schools         names of the schools it is for (the town keys its schools by name); empty for every school
 * @param levels          levels it is for («CP», «CE1»…); empty for every level
 */
public record Activity(
        long id,
        String name,
        ActivityKind kind,
        BookingUnit unit,
        Set<DayOfWeek> weekdays,
        SchoolYear schoolYear,
        int defaultCapacity,
        boolean waitingList,
        DeadlineRule bookingRule,
        DeadlineRule cancellationRule,
        String cashOfficeId,
        String priceCategory,
        Set<String> schools,
        Set<String> levels) {

    public Activity {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (Objects.requireNonNull(name, "name").isBlank()) throw new IllegalArgumentException("name is blank");
        name = name.strip();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (Objects.requireNonNull(weekdays, "weekdays").isEmpty()) throw new IllegalArgumentException("an activity runs on at least one weekday");
        weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays)); // EnumSet: Monday first when shown
        Objects.requireNonNull(schoolYear, "schoolYear");
        if (defaultCapacity <= 0) throw new IllegalArgumentException("defaultCapacity must be positive");
        Objects.requireNonNull(bookingRule, "bookingRule");
        Objects.requireNonNull(cancellationRule, "cancellationRule");
        if (Objects.requireNonNull(cashOfficeId, "cashOfficeId").isBlank()) throw new IllegalArgumentException("cashOfficeId is blank");
        if (Objects.requireNonNull(priceCategory, "priceCategory").isBlank()) throw new IllegalArgumentException("priceCategory is blank");
        schools = Set.copyOf(schools);
        levels = Set.copyOf(levels);
    }

    public Activity withId(long newId) {
        if (newId <= 0) throw new IllegalArgumentException("a stored activity's id is positive");
        return new Activity(newId, name, kind, unit, weekdays, schoolYear, defaultCapacity, waitingList, bookingRule,
                cancellationRule, cashOfficeId, priceCategory, schools, levels);
    }

    /** The same activity, with its rules and targets, for another school year; not stored yet (id 0). */
    public Activity forYear(SchoolYear year) {
        return new Activity(0, name, kind, unit, weekdays, year, defaultCapacity, waitingList, bookingRule, cancellationRule, cashOfficeId,
                priceCategory, schools, levels);
    }

    public ActivityFamily family() {
        return kind.family();
    }

    /**
     * Whether it runs that day: one of its weekdays, and a school-period day for périscolaire or a holiday-period
     * day for extrascolaire — hence never on a public holiday nor a closure day.
     */
    public boolean runsOn(LocalDate date, SchoolCalendar calendar) {
        requireSameYear(calendar);
        if (!weekdays.contains(date.getDayOfWeek())) return false;
        DayKind day = calendar.dayKind(date);
        return switch (family()) {
            case PERISCOLAIRE -> day instanceof DayKind.SchoolDay;
            case EXTRASCOLAIRE -> day instanceof DayKind.Holidays;
        };
    }

    /** The days it runs in the school year, in order. */
    public List<LocalDate> slotDates(SchoolCalendar calendar) {
        requireSameYear(calendar);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day : calendar.days()) {
            if (runsOn(day, calendar)) dates.add(day);
        }
        return List.copyOf(dates);
    }

    /** Fresh slots for the year, empty, at the default capacity. */
    public List<Slot> slots(SchoolCalendar calendar) {
        return slotDates(calendar).stream().map(date -> Slot.open(this, date, calendar)).toList();
    }

    /** Whether a child of this school and level («CM1»…) may be enrolled; a targeted activity needs both known. */
    public boolean isFor(String school, String level) {
        return (schools.isEmpty() || school != null && schools.contains(school)) && (levels.isEmpty() || level != null && levels.contains(level));
    }

    /** «CP, CE1 – École Jean Jaurès», or «» when it is for every child. */
    public String targetInWords() {
        var parts = new java.util.ArrayList<String>();
        if (!levels.isEmpty()) parts.add(String.join(", ", new java.util.TreeSet<>(levels)));
        if (!schools.isEmpty()) parts.add(String.join(", ", new java.util.TreeSet<>(schools)));
        return String.join(" – ", parts);
    }

    /** «lundi, mardi, jeudi, vendredi». */
    public String weekdaysInWords() {
        return weekdays.stream().map(d -> BookingDates.dayName(d.getValue())).collect(Collectors.joining(", "));
    }

    /** The booking rule in words, as parents read it next to the calendar. */
    public String bookingRuleInWords() {
        return bookingRule.describe(DeadlinePurpose.BOOKING);
    }

    public String cancellationRuleInWords() {
        return cancellationRule.describe(DeadlinePurpose.CANCELLATION);
    }

    private void requireSameYear(SchoolCalendar calendar) {
        if (!calendar.schoolYear().equals(schoolYear)) {
            throw new IllegalArgumentException("calendar of " + calendar.schoolYear() + " for an activity of " + schoolYear);
        }
    }
}
