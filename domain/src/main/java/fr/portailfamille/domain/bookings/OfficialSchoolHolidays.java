package fr.portailfamille.domain.bookings;

import fr.portailfamille.domain.common.TownZone;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The school holidays of one zone and one school year, read from the ministry's open data «Le calendrier scolaire»
 * (data.education.gouv.fr, dataset {@code fr-en-calendrier-scolaire}, also on data.gouv.fr). Its CSV export is
 * separated by «;», one row per holiday period and académie: {@code Description;Population;Date de début;Date de
 * fin;Zones;annee_scolaire;Location} with the labels, or {@code description;population;start_date;end_date;zones;
 * annee_scolaire;location} with the field names, e.g.
 * <pre>
 * Vacances de la Toussaint;-;2027-10-23T00:00:00+02:00;2027-11-08T00:00:00+01:00;Zone A;2027-2028;Lyon
 * </pre>
 * As the dataset says, «la reprise des cours s'effectue le matin des jours indiqués»: the end date is the day classes
 * resume, so the last day of holidays is the day before. Dates are instants at midnight in Paris, written with the
 * Paris offset or in UTC (2025-10-17T22:00:00+00:00 is 18 October in Paris): they are read back as Paris dates.
 * Rows for the teachers («Enseignants») are not holidays of the children and are skipped; the académies of one zone
 * repeat the same period and count once. The summer holidays end at the next rentrée, in the next school year:
 * they stop on 31 August here.
 */
public final class OfficialSchoolHolidays {

    /** One data row as the file gives it, with its line number in the file (the header is line 1). */
    public record Row(long line, String description, String population, String start, String end, String zones, String schoolYear) {
        public Row {
            description = clean(description);
            population = clean(population);
            start = clean(start);
            end = clean(end);
            zones = clean(zones);
            schoolYear = clean(schoolYear);
        }

        private static String clean(String text) {
            return text == null ? "" : text.strip();
        }
    }

    public sealed interface Result {
        /** @param ignored rows of other zones, other years or for teachers */
        record Periods(List<HolidayPeriod> periods, int ignored) implements Result {
        }

        /** Every problem, each with its line, in file order. */
        record Invalid(List<String> errors) implements Result {
        }
    }

    public static final String NOTHING_FOR_ZONE = "Le fichier ne contient aucune période de vacances de la zone %s pour l'année scolaire %s%s.";
    public static final String MISSING = "Ligne %d : la colonne « %s » est vide.";
    public static final String BAD_DATE = "Ligne %d : date illisible « %s » (colonne « %s ») ; le fichier officiel l'écrit par exemple 2027-10-23T00:00:00+02:00.";
    public static final String END_BEFORE_START = "Ligne %d : la date de fin (reprise des cours, %s) doit être après la date de début (%s).";
    public static final String OUTSIDE_YEAR = "Ligne %d : la période « %s » (du %s au %s) n'est pas dans l'année scolaire %s.";

    private OfficialSchoolHolidays() {
    }

    /** The periods of {@code zone} («C», «Zone C», «zone c» alike) in {@code year}, or every problem found. */
    public static Result read(List<Row> rows, String zone, SchoolYear year) {
        Objects.requireNonNull(year, "year");
        String wanted = zoneKey(Objects.requireNonNull(zone, "zone"));
        List<String> errors = new ArrayList<>();
        Set<HolidayPeriod> periods = new LinkedHashSet<>();
        Set<String> zonesOfYear = new TreeSet<>();
        int ignored = 0;
        for (Row row : rows) {
            if (row.population().toLowerCase(Locale.ROOT).startsWith("enseignant")) {
                ignored++;
                continue;
            }
            if (row.schoolYear().isEmpty()) {
                errors.add(MISSING.formatted(row.line(), "annee_scolaire"));
                continue;
            }
            if (row.zones().isEmpty()) {
                errors.add(MISSING.formatted(row.line(), "Zones"));
                continue;
            }
            if (!row.schoolYear().equals(year.label())) {
                ignored++;
                continue;
            }
            zonesOfYear.add(row.zones());
            if (!zoneKey(row.zones()).equals(wanted)) {
                ignored++;
                continue;
            }
            if (row.description().isEmpty()) {
                errors.add(MISSING.formatted(row.line(), "Description"));
                continue;
            }
            LocalDate start = parisDate(row.start());
            LocalDate resume = parisDate(row.end());
            if (start == null) errors.add(BAD_DATE.formatted(row.line(), row.start(), "Date de début"));
            if (resume == null) errors.add(BAD_DATE.formatted(row.line(), row.end(), "Date de fin"));
            if (start == null || resume == null) continue;
            if (!resume.isAfter(start)) {
                errors.add(END_BEFORE_START.formatted(row.line(), BookingDates.longDate(resume), BookingDates.longDate(start)));
                continue;
            }
            LocalDate last = resume.minusDays(1);
            if (last.isAfter(year.lastDay())) last = year.lastDay();
            if (!year.contains(start)) {
                errors.add(OUTSIDE_YEAR.formatted(row.line(), row.description(), BookingDates.longDate(start), BookingDates.longDate(last), year.label()));
                continue;
            }
            periods.add(new HolidayPeriod(row.description(), start, last));
        }
        if (!errors.isEmpty()) return new Result.Invalid(List.copyOf(errors));
        if (periods.isEmpty()) {
            String found = zonesOfYear.isEmpty() ? "" : " (zones présentes : " + String.join(", ", zonesOfYear) + ")";
            return new Result.Invalid(List.of(NOTHING_FOR_ZONE.formatted(zone.strip(), year.label(), found)));
        }
        return new Result.Periods(List.copyOf(periods), ignored);
    }

    /** «Zone C», «C», «zone c» → «c»; «Corse» → «corse». */
    static String zoneKey(String zone) {
        String plain = Normalizer.normalize(zone.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.startsWith("zone ") ? plain.substring(5).strip() : plain;
    }

    /** An instant with its offset, as the file writes it, to its date in Paris; a plain date is taken as is. */
    static LocalDate parisDate(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(TownZone.ZONE).toLocalDate();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
