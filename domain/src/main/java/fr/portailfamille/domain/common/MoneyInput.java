package fr.portailfamille.domain.common;

import java.util.Objects;

/** What an agent typed as an amount ({@link Money#parse}): the amount, or why it is not one (in French, for the form). */
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
}
