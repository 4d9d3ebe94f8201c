package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecureTokenGeneratorTest extends TokenGeneratorContract {
    @Override
    protected TokenGenerator generator() {
        return new SecureTokenGenerator();
    }

    /** 256 bits in URL-safe Base64 without padding: 43 characters. */
    @Test
    void a_token_carries_256_bits() {
        assertEquals(43, generator().newToken().length());
    }
}
