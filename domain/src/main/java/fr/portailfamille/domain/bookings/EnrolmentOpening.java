package fr.portailfamille.domain.bookings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When parents may start asking for enrolments (and so booking) in a school year the town has prepared in advance:
 * agents choose the day, e.g. 15 June for the next September. A prepared year waits for that choice; a year the
 * portal knew before this rule existed has no opening at all and stays open.
 *
 * @param opensOn empty while the agents have not chosen the day
 */
public record EnrolmentOpening(SchoolYear year, Optional<LocalDate> opensOn) {

    public static final String NOT_DECIDED = "Les inscriptions pour l'année scolaire %s ne sont pas encore ouvertes : la mairie annoncera leur date d'ouverture.";
    public static final String NOT_YET = "Les inscriptions pour l'année scolaire %s ouvrent le %s : vous pourrez inscrire vos enfants et réserver à partir de ce jour.";
    public static final String AFTER_YEAR = "La date d'ouverture des inscriptions doit précéder la fin de l'année scolaire %s (le %s).";

    public EnrolmentOpening {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(opensOn, "opensOn");
        if (opensOn.isPresent() && opensOn.get().isAfter(year.lastDay())) {
            throw new IllegalArgumentException(AFTER_YEAR.formatted(year.label(), BookingDates.longDate(year.lastDay())));
        }
    }

    /** A year just prepared: closed to parents until agents choose the day. */
    public static EnrolmentOpening undecided(SchoolYear year) {
        return new EnrolmentOpening(year, Optional.empty());
    }

    public static EnrolmentOpening on(SchoolYear year, LocalDate day) {
        return new EnrolmentOpening(year, Optional.of(day));
    }

    /** From the opening day included, Paris date. */
    public boolean isOpenOn(LocalDate today) {
        return opensOn.isPresent() && !today.isBefore(opensOn.get());
    }

    /** What parents read while it is closed: from when, or that the day is still to come. */
    public String closedReason() {
        return opensOn.map(day -> NOT_YET.formatted(year.label(), BookingDates.longDate(day))).orElse(NOT_DECIDED.formatted(year.label()));
    }
}
