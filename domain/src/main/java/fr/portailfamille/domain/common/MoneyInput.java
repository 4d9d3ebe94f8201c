package fr.portailfamille.domain.common;

import java.util.Objects;
import java.util.regex.Pattern;

/** What an agent typed as an amount: the amount, or why it is not one (in French, for the form). */
public sealed interface MoneyInput {

    String EMPTY = "Saisissez un montant, par exemple 54,60.";
    String NOT_AN_AMOUNT = "Saisissez un montant en euros, par exemple 54,60 ou 54.";
    String TOO_MANY_DECIMALS = "Un montant a au plus deux chiffres après la virgule (les centimes).";
    String TOO_LARGE = "Le montant ne peut pas dépasser 1 000 000,00 €.";

    /** Far above any price or invoice of a régie; also keeps the digits well inside a {@code long}. */
    Money MAX = Money.euros(1_000_000);

    /** Empty for {@link Valid}. */
    String message();

    record Valid(Money money) implements MoneyInput {
        public Valid {
            Objects.requireNonNull(money, "money");
        }

        @Override
        public String message() {
            return "";
        }
    }

    record Invalid(String message) implements MoneyInput {
        public Invalid {
            if (Objects.requireNonNull(message, "message").isBlank()) throw new IllegalArgumentException("message is blank");
        }
    }

    /**
     * Accepts a decimal comma or point, one or two decimals, an optional sign («-» or «−» U+2212) for a
     * credit, spaces of any kind between digit groups, and a trailing «€». Refuses «1.234,50»: with both
     * separators we cannot know which one the agent meant as decimal.
     */
    static MoneyInput parse(String raw) {
        if (raw == null || raw.isBlank()) return new Invalid(EMPTY);
        String s = raw.strip();
        if (s.endsWith("€")) s = s.substring(0, s.length() - 1).strip();
        s = s.replace('\u2212', '-').replaceAll("[\\s\\u00A0\\u202F\\u2009]", "");
        var m = SHAPE.matcher(s);
        if (!m.matches()) return new Invalid(NOT_AN_AMOUNT);
        String decimals = m.group(3) == null ? "" : m.group(3);
        if (decimals.length() > 2) return new Invalid(TOO_MANY_DECIMALS);
        String euros = m.group(2).replaceFirst("^0+(?=\\d)", "");
        if (euros.length() > 7) return new Invalid(TOO_LARGE);
        long cents = Long.parseLong(euros) * 100 + Long.parseLong((decimals + "00").substring(0, 2));
        if (cents > MAX.cents()) return new Invalid(TOO_LARGE);
        return new Valid(Money.ofCents(m.group(1) == null ? cents : -cents));
    }

    Pattern SHAPE = Pattern.compile("(-)?(\\d+)(?:[.,](\\d+))?");
}
