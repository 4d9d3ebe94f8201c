package fr.portailfamille.domain.accounts;

import java.util.Objects;

/** What following a one-time link gives: the token, or the reason (in French) it cannot be used. */
public sealed interface TokenCheck {

    /** Shown to the person who followed the link; empty for {@link Valid}. */
    String message();

    record Valid(OneTimeToken token) implements TokenCheck {
        public Valid {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String message() {
            return "";
        }
    }

    record Expired() implements TokenCheck {
        public static final String MESSAGE =
                "Ce lien a expiré. Demandez un nouveau lien à l'Espace Services ou utilisez « mot de passe oublié ? ».";

        @Override
        public String message() {
            return MESSAGE;
        }
    }

    record AlreadyUsed() implements TokenCheck {
        public static final String MESSAGE = "Ce lien a déjà été utilisé.";

        @Override
        public String message() {
            return MESSAGE;
        }
    }

    /** No stored token has this hash: mistyped, truncated by a mail client, or made up. */
    record Unknown() implements TokenCheck {
        public static final String MESSAGE = "Ce lien n'est pas valide. Vérifiez que vous avez copié l'adresse complète.";

        @Override
        public String message() {
            return MESSAGE;
        }
    }
}
