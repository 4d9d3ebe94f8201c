package fr.portailfamille.web;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.InvalidCommand;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * A form turned into a use case's command record: the command, or every French message by field, so the page shows
 * the form again with its messages and nothing is changed. What did not parse speaks first; the command's own
 * checks add their messages for the other fields.
 */
public record ParsedForm<C>(C command, FieldErrors errors) {

    public boolean ok() {
        return command != null;
    }

    /**
     * @param unparsed the fields whose text was not a value (the command is built with a stand-in for them)
     * @param command builds the command record, which refuses itself with {@link InvalidCommand}
     */
    public static <C> ParsedForm<C> of(FieldErrors unparsed, Supplier<C> command) {
        try {
            C built = command.get();
            return unparsed.isEmpty() ? new ParsedForm<>(built, unparsed) : new ParsedForm<>(null, unparsed);
        } catch (InvalidCommand refused) {
            return new ParsedForm<>(null, unparsed.addAll(refused.errors()));
        }
    }

    /** A date field (an ISO date, as date inputs post it); null when empty or when it is not a date, which says so. */
    public static LocalDate date(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Saisissez une date valide (jj/mm/aaaa).");
            return null;
        }
    }
}
