package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.util.Objects;

/** Result of {@link Invoice#creditNote}: the credit note with the invoice it changes, or why not (in French). */
public sealed interface CreditOutcome {

    /** {@code invoice} is the corrected invoice's new state (amount credited, perhaps cancelled). */
    record Issued(CreditNote creditNote, Invoice invoice) implements CreditOutcome {
        public Issued {
            Objects.requireNonNull(creditNote, "creditNote");
            Objects.requireNonNull(invoice, "invoice");
        }
    }

    record Refused(String message) implements CreditOutcome {
        public static final String NO_LINE = "Indiquez au moins une ligne à annuler.";
        public static final String NO_REASON = "Indiquez le motif de l'avoir.";
        public static final String POSITIVE_LINES =
                "Saisissez les lignes à annuler avec des montants positifs : l'avoir les déduit de la facture.";
        public static final String ALREADY_CANCELLED = "Cette facture est déjà entièrement annulée par avoir.";
        public static final String TOO_MUCH = "L'avoir (%s) dépasse ce qui reste de la facture (%s).";

        public Refused {
            if (Objects.requireNonNull(message, "message").isBlank()) throw new IllegalArgumentException("message is blank");
        }

        static Refused tooMuch(Money credit, Money remaining) {
            return new Refused(TOO_MUCH.formatted(credit.format(), remaining.format()));
        }
    }
}
