package fr.portailfamille.domain.bookings;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * «Année scolaire 2026-2027»: from 1 September to 31 August, so that the summer leisure centre belongs to the year
 * that just ended and enrolments are renewed once a year.
 *
 * @param startYear the calendar year of the September it starts in
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[-/–]\\s*(\\d{4})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2200) throw new IllegalArgumentException("startYear out of range: " + startYear);
    }

    public static SchoolYear startingIn(int startYear) {
        return new SchoolYear(startYear);
    }

    /** The school year a day belongs to: September to December belong to the year starting then. */
    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** «2026-2027» (also «2026/2027»); the second year must follow the first. */
    public static SchoolYear parse(String text) {
        var matcher = TEXT.matcher(Objects.requireNonNull(text, "text").strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("Année scolaire invalide : « " + text + " ». Écrivez par exemple « 2026-2027 ».");
        }
        return new SchoolYear(Integer.parseInt(matcher.group(1)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    /** «2026-2027». */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
