package fr.portailfamille.domain.bookings;

import fr.portailfamille.domain.common.TownZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A «délai de prévenance»: until when a slot can be booked (or cancelled), written by agents in one small grammar
 * and shown to parents in words. Every deadline is an instant in {@link TownZone#ZONE}, and it is exclusive:
 * at the deadline itself it is already too late.
 * <pre>
 * rule  := "J-" N [" jours ouvrés"] [" avant " time] [" hors week-ends et jours fériés"]   (N = 0…60)
 *        | "avant le " D " du mois précédent"                                           (D = 2…28)
 *        | "semaine S-" W                                                                (W = 1…8)
 * time  := H "h" [MM] | "minuit"                                           (default «minuit»: end of that day)
 * </pre>
 * Case, accents, spaces and dashes are forgiven. {@link #text()} gives the canonical form, which parses back to
 * the same rule.
 */
public sealed interface DeadlineRule {

    String EMPTY = "Saisissez une règle de délai, par exemple « J-2 avant 12h hors week-ends et jours fériés ».";
    String UNKNOWN = "Règle de délai non reconnue : « %s ». Formes acceptées : « J-2 avant 12h hors week-ends et jours fériés », "
            + "« J-1 avant 18h », « J-0 avant 9h », « avant le 20 du mois précédent », « semaine S-2 ».";
    String DAYS_OUT_OF_RANGE = "Le nombre de jours doit être compris entre 0 et " + DaysBefore.MAX_DAYS + " : « %s ».";
    String BAD_TIME = "Heure limite invalide : « %s ». Écrivez par exemple « avant 12h », « avant 8h30 » ou « avant minuit ».";
    String ZERO_HOUR = "Pour la fin de la journée, écrivez « avant minuit » plutôt que « avant 0h ».";
    String DAY_OF_MONTH_OUT_OF_RANGE = "Le jour du mois doit être compris entre 2 et 28, pour exister tous les mois : « %s ».";
    String WEEKS_OUT_OF_RANGE = "Le nombre de semaines doit être compris entre 1 et " + WeeksBefore.MAX_WEEKS + " : « %s ».";

    /** The instant from which it is too late for a slot on {@code slotDate}. */
    ZonedDateTime deadlineFor(LocalDate slotDate, PublicHolidays publicHolidays);

    /** Still in time at {@code now}: strictly before the deadline. */
    default boolean isOpen(LocalDate slotDate, Instant now, PublicHolidays publicHolidays) {
        Objects.requireNonNull(now, "now");
        return now.isBefore(deadlineFor(slotDate, publicHolidays).toInstant());
    }

    /** The canonical text of the grammar, e.g. «J-2 avant 12h hors week-ends et jours fériés». */
    String text();

    /** For parents, without the verb: «au plus tard la veille, avant 18 h». */
    String describe();

    /** For parents, next to the calendar: «Réservation au plus tard la veille, avant 18 h». */
    default String describe(DeadlinePurpose purpose) {
        return purpose.label() + " " + describe();
    }

    /** An agent's text to a rule, or the French reason it is not one. */
    static DeadlineRuleInput parse(String text) {
        return DeadlineGrammar.parse(text);
    }

    /** For rules written in code and demo data: bad text there is a bug. */
    static DeadlineRule of(String text) {
        return switch (parse(text)) {
            case DeadlineRuleInput.Valid valid -> valid.rule();
            case DeadlineRuleInput.Invalid invalid -> throw new IllegalArgumentException(invalid.message());
        };
    }

    /**
     * «J-N avant Hh»: before a time of day, N days before the slot. Calendar days count every day; working days
     * («hors week-ends et jours fériés») skip Saturdays, Sundays and public holidays, so that a Tuesday slot
     * after Easter Monday with «J-2 ouvrés» must be booked by Thursday.
     *
     * @param cutOff {@link LocalTime#MIDNIGHT} means the end of that day, i.e. the start of the next one
     */
    record DaysBefore(int days, LocalTime cutOff, boolean workingDaysOnly) implements DeadlineRule {

        public static final int MAX_DAYS = 60;

        public DaysBefore {
            if (days < 0 || days > MAX_DAYS) throw new IllegalArgumentException("days out of 0.." + MAX_DAYS + ": " + days);
            Objects.requireNonNull(cutOff, "cutOff");
            if (cutOff.getSecond() != 0 || cutOff.getNano() != 0) throw new IllegalArgumentException("cut-off to the minute");
        }

        @Override
        public ZonedDateTime deadlineFor(LocalDate slotDate, PublicHolidays publicHolidays) {
            Objects.requireNonNull(slotDate, "slotDate");
            Objects.requireNonNull(publicHolidays, "publicHolidays");
            LocalDate day = slotDate;
            if (workingDaysOnly) {
                for (int counted = 0; counted < days; ) {
                    day = day.minusDays(1);
                    if (publicHolidays.isWorkingDay(day)) counted++;
                }
            } else {
                day = slotDate.minusDays(days);
            }
            // Wall-clock time in Paris; on the night clocks go forward a missing time moves one hour later.
            return cutOff.equals(LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(TownZone.ZONE)
                    : ZonedDateTime.of(day, cutOff, TownZone.ZONE);
        }

        @Override
        public String text() {
            String time = cutOff.equals(LocalTime.MIDNIGHT) ? "minuit"
                    : cutOff.getHour() + "h" + (cutOff.getMinute() == 0 ? "" : String.format("%02d", cutOff.getMinute()));
            return "J-" + days + " avant " + time + (workingDaysOnly ? " hors week-ends et jours fériés" : "");
        }

        @Override
        public String describe() {
            String when;
            if (days == 0) when = "le jour même";
            else if (workingDaysOnly) when = days + (days == 1 ? " jour ouvré avant" : " jours ouvrés avant");
            else if (days == 1) when = "la veille";
            else when = days + " jours avant";
            return "au plus tard " + when + ", avant " + BookingDates.time(cutOff)
                    + (workingDaysOnly && days > 0 ? " (hors week-ends et jours fériés)" : "");
        }
    }

    /**
     * «avant le 20 du mois précédent»: every slot of a month must be booked before the 20th (0 h) of the month
     * before, i.e. until the 19th included. The day stops at 28 so that it exists in February.
     */
    record BeforeDayOfPreviousMonth(int dayOfMonth) implements DeadlineRule {

        public BeforeDayOfPreviousMonth {
            if (dayOfMonth < 2 || dayOfMonth > 28) throw new IllegalArgumentException("dayOfMonth out of 2..28: " + dayOfMonth);
        }

        @Override
        public ZonedDateTime deadlineFor(LocalDate slotDate, PublicHolidays publicHolidays) {
            Objects.requireNonNull(slotDate, "slotDate");
            return slotDate.withDayOfMonth(1).minusMonths(1).withDayOfMonth(dayOfMonth).atStartOfDay(TownZone.ZONE);
        }

        @Override
        public String text() {
            return "avant le " + dayOfMonth + " du mois précédent";
        }

        @Override
        public String describe() {
            return "avant le " + dayOfMonth + " du mois précédent (jusqu'au " + BookingDates.dayOfMonth(dayOfMonth - 1) + " inclus)";
        }
    }

    /**
     * «semaine S-2»: the slot's week being S (Monday to Sunday), booking must be done by the end of week S-2 at
     * the latest, i.e. before the Monday 0 h of week S-1. «semaine S-1» thus closes at the Sunday night before the
     * slot's week.
     */
    record WeeksBefore(int weeks) implements DeadlineRule {

        public static final int MAX_WEEKS = 8;

        public WeeksBefore {
            if (weeks < 1 || weeks > MAX_WEEKS) throw new IllegalArgumentException("weeks out of 1.." + MAX_WEEKS + ": " + weeks);
        }

        @Override
        public ZonedDateTime deadlineFor(LocalDate slotDate, PublicHolidays publicHolidays) {
            Objects.requireNonNull(slotDate, "slotDate");
            LocalDate monday = slotDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.minusWeeks(weeks - 1L).atStartOfDay(TownZone.ZONE);
        }

        @Override
        public String text() {
            return "semaine S-" + weeks;
        }

        @Override
        public String describe() {
            return weeks == 1
                    ? "au plus tard le dimanche qui précède la semaine réservée, avant minuit (semaine S-1)"
                    : "au plus tard le dimanche de la semaine S-" + weeks + " (" + weeks
                      + " semaines avant la semaine réservée), avant minuit";
        }
    }
}
