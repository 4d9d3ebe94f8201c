package fr.portailfamille.domain.bookings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * French public holidays («jours fériés»), computed: eight fixed dates and three that follow Easter. Towns of
 * Alsace and Moselle (local law) add Good Friday and 26 December.
 * <p>
 * Whit Monday stays a public holiday even where it is the «journée de solidarité»: schools are closed on it.
 */
public final class PublicHolidays {

    public static final PublicHolidays FRANCE = new PublicHolidays(false);
    public static final PublicHolidays ALSACE_MOSELLE = new PublicHolidays(true);

    private final boolean alsaceMoselle;
    /** Computed once per year asked: a school year asks for two, the typical week asks for every day. */
    private final Map<Integer, SortedMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    private PublicHolidays(boolean alsaceMoselle) {
        this.alsaceMoselle = alsaceMoselle;
    }

    public static PublicHolidays of(boolean alsaceMoselle) {
        return alsaceMoselle ? ALSACE_MOSELLE : FRANCE;
    }

    public boolean alsaceMoselle() {
        return alsaceMoselle;
    }

    /** The holidays of a year, in date order, with their French names. */
    public SortedMap<LocalDate, String> inYear(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    /** «Lundi de Pâques», or empty when the day is not a public holiday. */
    public Optional<String> nameOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(inYear(date.getYear()).get(date));
    }

    public boolean isPublicHoliday(LocalDate date) {
        return nameOf(date).isPresent();
    }

    /** A «jour ouvré»: neither Saturday, Sunday nor a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /**
     * Easter Sunday in the Gregorian calendar, by the Meeus/Jones/Butcher algorithm (valid for every Gregorian
     * year, no table to keep up to date).
     */
    public static LocalDate easterSunday(int year) {
        if (year < 1583) throw new IllegalArgumentException("the Gregorian computus starts in 1583");
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private SortedMap<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        SortedMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Jour de l'an");
        days.put(easter.plusDays(1), "Lundi de Pâques");
        days.put(LocalDate.of(year, Month.MAY, 1), "Fête du Travail");
        days.put(LocalDate.of(year, Month.MAY, 8), "Victoire 1945");
        // Ascension can fall on 1 May (2008) or 8 May: one day off, both names.
        days.merge(easter.plusDays(39), "Ascension", (first, second) -> first + " et " + second);
        days.put(easter.plusDays(50), "Lundi de Pentecôte");
        days.put(LocalDate.of(year, Month.JULY, 14), "Fête nationale");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "Assomption");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "Toussaint");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Armistice 1918");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Noël");
        if (alsaceMoselle) {
            days.put(easter.minusDays(2), "Vendredi saint");
            days.put(LocalDate.of(year, Month.DECEMBER, 26), "Saint-Étienne");
        }
        return Collections.unmodifiableSortedMap(days);
    }

    @Override
    public String toString() {
        return alsaceMoselle ? "PublicHolidays[Alsace-Moselle]" : "PublicHolidays[France]";
    }
}
