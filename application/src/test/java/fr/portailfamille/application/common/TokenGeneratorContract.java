package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link TokenGenerator}: every adapter runs it (the secure one, the predictable one of the tests). A token
 * goes into links and cookies as it is, and never twice.
 */
public abstract class TokenGeneratorContract {

    protected abstract TokenGenerator generator();

    @Test
    void tokens_are_url_safe_and_never_repeat() {
        var generator = generator();
        var seen = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            String token = generator.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{6,}"), token);
            seen.add(token);
        }
        assertEquals(1_000, seen.size());
    }
}
