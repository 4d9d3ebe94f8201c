package fr.portailfamille.application.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** French messages of a refused form, by field name, in the order the fields appear. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    /** Adds the other's messages; a field that already has one keeps it (a value that did not parse says so first). */
    public FieldErrors addAll(FieldErrors other) {
        other.messages.forEach(this::add);
        return this;
    }

    public FieldErrors requireText(String field, String value, String label, int maxLength) {
        if (value == null || value.isBlank()) add(field, "Le champ « " + label + " » est obligatoire.");
        else if (value.length() > maxLength) add(field, "Le champ « " + label + " » ne doit pas dépasser " + maxLength + " caractères.");
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(messages);
    }

    @Override
    public String toString() {
        return messages.toString();
    }
}
