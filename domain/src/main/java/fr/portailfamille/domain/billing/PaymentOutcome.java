package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.util.Objects;

/** Result of {@link Invoice#pay}: the paid invoice, or why the payment cannot be recorded (in French). */
public sealed interface PaymentOutcome {

    record Paid(Invoice invoice) implements PaymentOutcome {
        public Paid {
            Objects.requireNonNull(invoice, "invoice");
        }
    }

    record Refused(String message) implements PaymentOutcome {
        public static final String ALREADY_PAID = "Cette facture est déjà payée.";
        public static final String CANCELLED = "Cette facture a été annulée par un avoir : il n'y a rien à payer.";
        public static final String WRONG_AMOUNT = "Le montant réglé (%s) doit être égal au montant dû (%s).";

        public Refused {
            if (Objects.requireNonNull(message, "message").isBlank()) throw new IllegalArgumentException("message is blank");
        }

        static Refused wrongAmount(Money paid, Money due) {
            return new Refused(WRONG_AMOUNT.formatted(paid.format(), due.format()));
        }
    }
}
