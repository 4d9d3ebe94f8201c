package fr.portailfamille.domain.billing;

import java.time.LocalDate;
import java.util.Objects;

/** One day of one child at one activity: the input of billing. */
public record UsageFact(LocalDate date, UsageKind kind) {

    public UsageFact {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
