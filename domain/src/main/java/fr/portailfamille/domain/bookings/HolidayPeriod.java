package fr.portailfamille.domain.bookings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * School holidays as agents enter them from the ministry's calendar for their zone, e.g. «Vacances de la
 * Toussaint» from Saturday 17 October to Sunday 1 November 2026. Both ends are included: the first day without
 * class and the last one (the official «reprise des cours» date is the day after {@code lastDay}).
 */
public record HolidayPeriod(String name, LocalDate firstDay, LocalDate lastDay) {

    public static final String NAME_REQUIRED = "Donnez un nom à la période de vacances, par exemple « Vacances de la Toussaint ».";
    public static final String ENDS_BEFORE_START = "La fin des vacances doit être le même jour que le début ou après.";

    public HolidayPeriod {
        if (Objects.requireNonNull(name, "name").isBlank()) throw new IllegalArgumentException(NAME_REQUIRED);
        name = name.strip();
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) throw new IllegalArgumentException(ENDS_BEFORE_START);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public boolean overlaps(HolidayPeriod other) {
        return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }
}
