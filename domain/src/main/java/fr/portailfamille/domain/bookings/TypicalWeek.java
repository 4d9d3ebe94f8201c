package fr.portailfamille.domain.bookings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * «Saisie d'une semaine type»: one activity booked for some persons on chosen weekdays over a period, every week or
 * one week in two. It only proposes dates; each is then booked through its {@link Slot} (deadline, places…), and
 * existing bookings are never removed nor changed.
 *
 * @param personIds the household members concerned (children in practice), in the order chosen, no duplicates
 * @param from      first day, included
 * @param to        last day, included
 */
public record TypicalWeek(Activity activity, List<Long> personIds, LocalDate from, LocalDate to, Periodicity periodicity,
                          Set<DayOfWeek> weekdays) {

    public static final String ACTIVITY_REQUIRED = "Choisissez une activité.";
    public static final String PERSONS_REQUIRED = "Choisissez au moins une personne concernée.";
    public static final String FROM_REQUIRED = "Indiquez la date de début (« Du »).";
    public static final String TO_REQUIRED = "Indiquez la date de fin (« Au »).";
    public static final String FROM_AFTER_TO = "La date de début (« Du ») doit être avant la date de fin (« Au ») ou le même jour.";
    public static final String OUTSIDE_YEAR = "Les dates doivent être dans l'année scolaire %s de l'activité, du %s au %s.";
    public static final String STOPS_AT_YEAR_END = "La semaine type s'arrête le %s, dernier jour de l'année scolaire %s de l'activité « %s » : "
            + "les jours suivants relèvent de l'année scolaire %s, réservez-les sur ses activités.";
    public static final String PERIODICITY_REQUIRED = "Choisissez une périodicité.";
    public static final String WEEKDAYS_REQUIRED = "Choisissez au moins un jour de la semaine.";
    public static final String NO_ACTIVITY_DAY = "L'activité « %s » n'a lieu que le %s : choisissez au moins un de ces jours.";

    public TypicalWeek {
        Objects.requireNonNull(activity, "activity");
        personIds = List.copyOf(new LinkedHashSet<>(personIds));
        if (personIds.isEmpty()) throw new IllegalArgumentException("at least one person");
        for (long id : personIds) if (id <= 0) throw new IllegalArgumentException("person ids are positive");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) throw new IllegalArgumentException("from is after to");
        if (!activity.schoolYear().contains(from) || !activity.schoolYear().contains(to)) {
            throw new IllegalArgumentException("period outside the activity's school year");
        }
        Objects.requireNonNull(periodicity, "periodicity");
        if (weekdays.isEmpty()) throw new IllegalArgumentException("at least one weekday");
        weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }

    /**
     * The form's fields (null for a field left empty) to a typical week, or every French error at once, in the
     * order of the form.
     */
    public static TypicalWeekInput check(Activity activity, Collection<Long> personIds, LocalDate from, LocalDate to,
                                         Periodicity periodicity, Collection<DayOfWeek> weekdays) {
        List<String> errors = new ArrayList<>();
        if (activity == null) errors.add(ACTIVITY_REQUIRED);
        if (personIds == null || personIds.isEmpty()) errors.add(PERSONS_REQUIRED);
        if (from == null) errors.add(FROM_REQUIRED);
        if (to == null) errors.add(TO_REQUIRED);
        if (from != null && to != null && from.isAfter(to)) errors.add(FROM_AFTER_TO);
        // a period running past 31 August stops there: the next school year has its own activities (and enrolments)
        String notice = null;
        if (activity != null && from != null && to != null && activity.schoolYear().contains(from) && to.isAfter(activity.schoolYear().lastDay())) {
            SchoolYear year = activity.schoolYear();
            to = year.lastDay();
            notice = STOPS_AT_YEAR_END.formatted(BookingDates.longDate(to), year.label(), activity.name(), year.next().label());
        }
        if (activity != null && (from != null && !activity.schoolYear().contains(from) || to != null && !activity.schoolYear().contains(to))) {
            SchoolYear year = activity.schoolYear();
            errors.add(OUTSIDE_YEAR.formatted(year.label(), BookingDates.longDate(year.firstDay()), BookingDates.longDate(year.lastDay())));
        }
        if (periodicity == null) errors.add(PERIODICITY_REQUIRED);
        if (weekdays == null || weekdays.isEmpty()) {
            errors.add(WEEKDAYS_REQUIRED);
        } else if (activity != null && weekdays.stream().noneMatch(activity.weekdays()::contains)) {
            errors.add(NO_ACTIVITY_DAY.formatted(activity.name(), activity.weekdaysInWords()));
        }
        if (!errors.isEmpty()) return new TypicalWeekInput.Invalid(errors);
        return new TypicalWeekInput.Valid(new TypicalWeek(activity, List.copyOf(personIds), from, to, periodicity, Set.copyOf(weekdays)),
                java.util.Optional.ofNullable(notice));
    }

    /** The dates proposed: chosen weekday, right week parity, and a day the activity runs. One pass over the period. */
    public List<LocalDate> dates(SchoolCalendar calendar) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek()) && periodicity.matches(day) && activity.runsOn(day, calendar)) {
                dates.add(day);
            }
        }
        return List.copyOf(dates);
    }

    /**
     * The chosen weekdays of the period on which the activity does not run (school holidays, public holidays, days the
     * town closed): never proposed, and the answer says so.
     */
    public List<LocalDate> daysWithoutActivity(SchoolCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek()) && periodicity.matches(day) && !activity.runsOn(day, calendar)) days.add(day);
        }
        return List.copyOf(days);
    }

    /** One candidate booking per person and date, date first then persons in the order chosen. */
    public List<Candidate> expand(SchoolCalendar calendar) {
        List<LocalDate> dates = dates(calendar);
        List<Candidate> candidates = new ArrayList<>(dates.size() * personIds.size());
        for (LocalDate date : dates) {
            for (long person : personIds) candidates.add(new Candidate(person, date));
        }
        return List.copyOf(candidates);
    }

    /** A booking to try: this person, this activity, this day. */
    public record Candidate(long personId, LocalDate date) {
        public Candidate {
            Objects.requireNonNull(date, "date");
        }
    }
}
