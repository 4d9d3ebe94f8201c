package fr.portailfamille.domain.bookings;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the town closes every activity although it is not a public holiday: a «pont», a strike with no minimum
 * service, a training day for the staff. Closing one activity on one day is done on its {@link Slot} instead.
 */
public record Closure(LocalDate date, String reason) {

    public static final String REASON_REQUIRED = "Indiquez le motif de la fermeture, par exemple « Pont de l'Ascension ».";

    public Closure {
        Objects.requireNonNull(date, "date");
        if (Objects.requireNonNull(reason, "reason").isBlank()) throw new IllegalArgumentException(REASON_REQUIRED);
        reason = reason.strip();
    }
}
