package fr.portailfamille.application.common;

/**
 * A command record refused by its own constructor: every problem at once, in French, by form field, so the page can
 * show each message next to its field. Thrown before the use case runs, so nothing is changed.
 */
public final class InvalidCommand extends IllegalArgumentException {

    private final transient FieldErrors errors;

    public InvalidCommand(FieldErrors errors) {
        super(String.join(" ", errors.asMap().values()));
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** For a compact constructor: refuses the command when its checks found anything. */
    public static void throwIfAny(FieldErrors errors) {
        if (!errors.isEmpty()) throw new InvalidCommand(errors);
    }
}
