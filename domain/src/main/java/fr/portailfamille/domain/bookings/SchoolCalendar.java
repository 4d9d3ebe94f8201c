package fr.portailfamille.domain.bookings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The town's calendar for one school year: when classes run, its school holidays (for the town's zone, entered as
 * data), the days the town closes, and the public holidays (computed). Every activity's slots are derived from it.
 *
 * @param zone              «A», «B», «C», «Corse»… as the ministry names it; informative only
 * @param firstDayOfClasses the «rentrée», e.g. 2026-09-01
 * @param lastDayOfClasses  the last day of the school period, e.g. 2027-07-03
 * @param holidays          school holiday periods; they may reach past the last day of classes (the summer) but
 *                          stay inside the school year and never overlap
 */
public record SchoolCalendar(
        SchoolYear schoolYear,
        String zone,
        LocalDate firstDayOfClasses,
        LocalDate lastDayOfClasses,
        List<HolidayPeriod> holidays,
        List<Closure> closures,
        PublicHolidays publicHolidays) {

    public static final String CLASSES_OUTSIDE_YEAR = "Les dates de rentrée et de fin des cours doivent être dans l'année scolaire %s.";
    public static final String CLASSES_END_BEFORE_START = "La fin des cours doit être après la rentrée.";
    public static final String HOLIDAYS_OUTSIDE_YEAR = "La période « %s » doit être dans l'année scolaire %s (du 1er septembre au 31 août).";
    public static final String HOLIDAYS_OVERLAP = "Les périodes « %s » et « %s » se chevauchent.";
    public static final String CLOSURE_OUTSIDE_YEAR = "La fermeture du %s doit être dans l'année scolaire %s.";
    public static final String CLOSURE_TWICE = "Le %s est déjà un jour de fermeture.";

    /**
     * Agents enter this data, so the constructor's refusals carry a French message that the back-office shows
     * as is ({@link IllegalArgumentException#getMessage()}).
     */
    public SchoolCalendar {
        Objects.requireNonNull(schoolYear, "schoolYear");
        zone = Objects.requireNonNull(zone, "zone").strip();
        Objects.requireNonNull(firstDayOfClasses, "firstDayOfClasses");
        Objects.requireNonNull(lastDayOfClasses, "lastDayOfClasses");
        Objects.requireNonNull(publicHolidays, "publicHolidays");
        if (!schoolYear.contains(firstDayOfClasses) || !schoolYear.contains(lastDayOfClasses)) {
            throw new IllegalArgumentException(CLASSES_OUTSIDE_YEAR.formatted(schoolYear.label()));
        }
        if (!lastDayOfClasses.isAfter(firstDayOfClasses)) throw new IllegalArgumentException(CLASSES_END_BEFORE_START);
        var sorted = new ArrayList<>(holidays);
        sorted.sort(Comparator.comparing(HolidayPeriod::firstDay));
        for (int i = 0; i < sorted.size(); i++) {
            var period = sorted.get(i);
            if (!schoolYear.contains(period.firstDay()) || !schoolYear.contains(period.lastDay())) {
                throw new IllegalArgumentException(HOLIDAYS_OUTSIDE_YEAR.formatted(period.name(), schoolYear.label()));
            }
            if (i > 0 && sorted.get(i - 1).overlaps(period)) {
                throw new IllegalArgumentException(HOLIDAYS_OVERLAP.formatted(sorted.get(i - 1).name(), period.name()));
            }
        }
        holidays = List.copyOf(sorted);
        var sortedClosures = new ArrayList<>(closures);
        sortedClosures.sort(Comparator.comparing(Closure::date));
        for (int i = 0; i < sortedClosures.size(); i++) {
            var closure = sortedClosures.get(i);
            if (!schoolYear.contains(closure.date())) {
                throw new IllegalArgumentException(CLOSURE_OUTSIDE_YEAR.formatted(BookingDates.longDate(closure.date()), schoolYear.label()));
            }
            if (i > 0 && sortedClosures.get(i - 1).date().equals(closure.date())) {
                throw new IllegalArgumentException(CLOSURE_TWICE.formatted(BookingDates.longDate(closure.date())));
            }
        }
        closures = List.copyOf(sortedClosures);
    }

    /**
     * The next school year's calendar as agents start preparing it: the same zone and public holidays; the rentrée
     * proposed on the first weekday from 1 September and the end of classes on the same weekday 52 weeks after this
     * year's (the ministry keeps the rhythm, e.g. Saturday 3 July 2027 → Saturday 1 July 2028). No holidays nor
     * closures: they change every year and come from the official calendar.
     */
    public SchoolCalendar nextYearSkeleton() {
        SchoolYear next = schoolYear.next();
        LocalDate first = next.firstDay();
        while (isWeekend(first)) first = first.plusDays(1);
        LocalDate last = lastDayOfClasses.plusWeeks(52);
        if (!last.isAfter(first) || !next.contains(last)) last = next.lastDay().withMonth(7).withDayOfMonth(1);
        return new SchoolCalendar(next, zone, first, last, List.of(), List.of(), publicHolidays);
    }

    /** The same calendar with other holiday periods (checked like the others). */
    public SchoolCalendar withHolidays(List<HolidayPeriod> periods) {
        return new SchoolCalendar(schoolYear, zone, firstDayOfClasses, lastDayOfClasses, periods, closures, publicHolidays);
    }

    /** The same calendar with one more closure day (checked like the others). */
    public SchoolCalendar withClosure(Closure closure) {
        var more = new ArrayList<>(closures);
        more.add(closure);
        return new SchoolCalendar(schoolYear, zone, firstDayOfClasses, lastDayOfClasses, holidays, more, publicHolidays);
    }

    /**
     * What the day is; see {@link DayKind} for which wins when several apply. Closures and holiday periods are a
     * handful a year: scanning them is cheaper than any index, and keeps a walk over the year O(days).
     */
    public DayKind dayKind(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Optional<String> publicHoliday = publicHolidays.nameOf(date);
        if (publicHoliday.isPresent()) return new DayKind.PublicHoliday(publicHoliday.get());
        for (var closure : closures) {
            if (closure.date().equals(date)) return new DayKind.Closed(closure.reason());
        }
        Optional<HolidayPeriod> period = holidayPeriodOf(date);
        if (period.isPresent()) return new DayKind.Holidays(period.get().name());
        if (isWeekend(date)) return new DayKind.Weekend();
        if (date.isBefore(firstDayOfClasses) || date.isAfter(lastDayOfClasses)) return new DayKind.OutsideSchoolPeriod();
        return new DayKind.SchoolDay();
    }

    public boolean isSchoolDay(LocalDate date) {
        return dayKind(date) instanceof DayKind.SchoolDay;
    }

    /** A «jour ouvré»: neither weekend nor public holiday (school holidays and closures are working days). */
    public boolean isWorkingDay(LocalDate date) {
        return publicHolidays.isWorkingDay(date);
    }

    public Optional<HolidayPeriod> holidayPeriodOf(LocalDate date) {
        for (var period : holidays) {
            if (period.contains(date)) return Optional.of(period);
        }
        return Optional.empty();
    }

    /** Every day of the school year, 1 September to 31 August. */
    public List<LocalDate> days() {
        return schoolYear.firstDay().datesUntil(schoolYear.lastDay().plusDays(1)).toList();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
