package fr.portailfamille.domain.bookings;

import java.util.Objects;

/** What an agent's text gave: a rule, or why it is not one (in French, to show under the field). */
public sealed interface DeadlineRuleInput {

    record Valid(DeadlineRule rule) implements DeadlineRuleInput {
        public Valid {
            Objects.requireNonNull(rule, "rule");
        }
    }

    record Invalid(String message) implements DeadlineRuleInput {
        public Invalid {
            if (Objects.requireNonNull(message, "message").isBlank()) throw new IllegalArgumentException("message is blank");
        }
    }
}
