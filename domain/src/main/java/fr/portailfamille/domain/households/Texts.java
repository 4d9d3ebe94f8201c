package fr.portailfamille.domain.households;

import java.util.Objects;

/** Trimming rules shared by the household records: required text is never blank, optional text is never null. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
        return value.strip();
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }
}
