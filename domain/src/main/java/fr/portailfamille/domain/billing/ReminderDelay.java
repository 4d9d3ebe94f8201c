package fr.portailfamille.domain.billing;

/**
 * The town's delay before an unpaid invoice is reminded, in days after its due date (and between two reminders), as an
 * admin enters it. Between 1 and 90 days: a reminder the day after the due date is the shortest a town sends, and
 * after three months an unpaid invoice goes to the Trésor public's recovery, no longer to the portal's reminders.
 */
public record ReminderDelay(int days) {

    public static final int MIN = 1;
    public static final int MAX = 90;

    public ReminderDelay {
        if (days < MIN || days > MAX) throw new IllegalArgumentException("days out of range: " + days);
    }

    /** What an admin typed, or why it is refused (in French). */
    public sealed interface Parsed {
        record Valid(ReminderDelay delay) implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }

    public static Parsed parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return new Parsed.Invalid("Indiquez après combien de jours une facture impayée est rappelée.");
        if (!text.matches("[0-9]{1,9}")) return new Parsed.Invalid("Le délai est un nombre entier de jours, par exemple 15.");
        int days = Integer.parseInt(text);
        if (days < MIN || days > MAX) return new Parsed.Invalid("Le délai est compris entre " + MIN + " et " + MAX + " jours.");
        return new Parsed.Valid(new ReminderDelay(days));
    }
}
