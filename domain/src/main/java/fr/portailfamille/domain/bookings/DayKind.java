package fr.portailfamille.domain.bookings;

import java.util.Objects;

/**
 * What a date is in a {@link SchoolCalendar}, with the words shown to parents. When several apply the strongest
 * wins: public holiday, then closure, then school holidays, then weekend, then school period.
 */
public sealed interface DayKind {

    /** Shown in the calendar cell's tooltip and in refusal details, e.g. «Vacances de la Toussaint». */
    String label();

    /**
     * A weekday of the school period, not a holiday: périscolaire activities run on such days. A Wednesday without
     * class is one too (the «mercredi» leisure centre is périscolaire).
     */
    record SchoolDay() implements DayKind {
        @Override
        public String label() {
            return "Période scolaire";
        }
    }

    /** Inside a school holiday period (weekends included): extrascolaire activities run on such days. */
    record Holidays(String periodName) implements DayKind {
        public Holidays {
            Objects.requireNonNull(periodName, "periodName");
        }

        @Override
        public String label() {
            return periodName;
        }
    }

    record PublicHoliday(String name) implements DayKind {
        public PublicHoliday {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "Jour férié : " + name;
        }
    }

    record Closed(String reason) implements DayKind {
        public Closed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String label() {
            return "Fermé : " + reason;
        }
    }

    record Weekend() implements DayKind {
        @Override
        public String label() {
            return "Week-end";
        }
    }

    /** Before the first day of classes or after the last one, and in no holiday period entered. */
    record OutsideSchoolPeriod() implements DayKind {
        @Override
        public String label() {
            return "Hors période scolaire";
        }
    }
}
