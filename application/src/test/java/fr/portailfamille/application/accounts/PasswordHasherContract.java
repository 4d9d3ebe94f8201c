package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link PasswordHasher}: every adapter runs it (the fast test one, Argon2id). */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    static final String PASSWORD = "Une-Phrase-De-Passe-2026 é";

    @Test
    void a_hash_hides_the_password_and_matches_it_alone() {
        String hash = hasher().hash(PASSWORD);
        assertFalse(hash.contains(PASSWORD));
        assertTrue(hasher().matches(PASSWORD, hash));
        assertFalse(hasher().matches(PASSWORD + "x", hash));
        assertFalse(hasher().matches("une-phrase-de-passe-2026 é", hash), "case counts");
        assertFalse(hasher().matches("", hash));
    }

    @Test
    void the_same_password_hashed_twice_gives_two_salted_hashes_that_both_match() {
        String first = hasher().hash(PASSWORD);
        String second = hasher().hash(PASSWORD);
        assertNotEquals(first, second);
        assertTrue(hasher().matches(PASSWORD, first) && hasher().matches(PASSWORD, second));
        assertFalse(hasher().matches("Autre-Phrase-De-Passe-2026", first));
    }

    @Test
    void a_missing_or_foreign_hash_matches_nothing_and_never_throws() {
        for (String stored : new String[] {null, "", "motdepasse", "$2a$10$abcdefghijklmnopqrstuv", "$argon2id$v=19$m=1,t=1,p=1$AAAA$BBBB", "fast$x"}) {
            assertFalse(hasher().matches(PASSWORD, stored), String.valueOf(stored));
        }
    }
}
