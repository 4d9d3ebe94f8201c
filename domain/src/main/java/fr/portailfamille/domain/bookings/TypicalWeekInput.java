package fr.portailfamille.domain.bookings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the «Saisie d'une semaine type» form gave: a typical week, or every reason it is not one (in French). */
public sealed interface TypicalWeekInput {

    /** @param notice what was adjusted, e.g. a period cut at the end of the school year */
    record Valid(TypicalWeek typicalWeek, Optional<String> notice) implements TypicalWeekInput {
        public Valid {
            Objects.requireNonNull(typicalWeek, "typicalWeek");
            Objects.requireNonNull(notice, "notice");
        }

        public Valid(TypicalWeek typicalWeek) {
            this(typicalWeek, Optional.empty());
        }
    }

    /** @param errors in the order of the form's fields; never empty */
    record Invalid(List<String> errors) implements TypicalWeekInput {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) throw new IllegalArgumentException("an invalid input has at least one error");
        }
    }
}
