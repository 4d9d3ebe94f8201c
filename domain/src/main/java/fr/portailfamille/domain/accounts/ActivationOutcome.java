package fr.portailfamille.domain.accounts;

import java.util.Objects;

/** Result of {@link Account#activate}: the activated account, or why it could not be activated (in French). */
public sealed interface ActivationOutcome {

    record Activated(Account account) implements ActivationOutcome {
        public Activated {
            Objects.requireNonNull(account, "account");
        }
    }

    record Refused(String message) implements ActivationOutcome {
        public static final String ALREADY_ACTIVE =
                "Ce compte est déjà activé : connectez-vous avec votre identifiant et votre mot de passe.";
        public static final String PURGED = "Ce compte a été supprimé : contactez l'Espace Services.";

        public Refused {
            if (Objects.requireNonNull(message, "message").isBlank()) throw new IllegalArgumentException("message is blank");
        }
    }
}
