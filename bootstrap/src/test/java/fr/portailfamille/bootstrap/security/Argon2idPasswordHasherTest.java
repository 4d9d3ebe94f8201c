package fr.portailfamille.bootstrap.security;

import fr.portailfamille.application.accounts.port.PasswordHasher;
import fr.portailfamille.application.accounts.PasswordHasherContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class Argon2idPasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher hasher() {
        return new Argon2idPasswordHasher();
    }

    /** The stored hash says how it was made (OWASP's minimum), so stronger parameters can come later. */
    @Test
    void the_hash_carries_its_parameters() {
        assertTrue(hasher().hash("Une-Phrase-De-Passe-2026").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }
}
