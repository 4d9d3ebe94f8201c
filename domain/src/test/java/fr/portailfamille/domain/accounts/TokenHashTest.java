package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenHashTest {

    @Test
    void known_sha256_vectors_in_lower_case_hex() {
        // FIPS 180-2 example and the hash of the empty string.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenHash.of("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenHash.of(""));
    }

    @Test
    void the_token_is_hashed_as_utf8() {
        // SHA-256 of the two bytes C3 A9; as ISO-8859-1 (one byte E9) it would be de2e331d….
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", TokenHash.of("é"));
    }

    @Test
    void a_hash_matches_its_token_only() {
        String raw = "q8Zr1YpWkT3vNc6HsJ0bXfLm2AeUgD9o";
        String hash = TokenHash.of(raw);
        assertNotEquals(raw, hash);
        assertTrue(TokenHash.matches(raw, hash));
        assertFalse(TokenHash.matches(raw + "x", hash));
        assertFalse(TokenHash.matches(raw, hash.substring(1)));
        assertFalse(TokenHash.matches(raw, raw));
    }
}
