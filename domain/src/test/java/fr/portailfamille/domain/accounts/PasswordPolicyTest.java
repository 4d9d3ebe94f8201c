package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static List<String> check(String password) {
        return PasswordPolicy.violations(password, password);
    }

    @Test
    void a_long_random_passphrase_is_accepted() {
        assertEquals(List.of(), check("cheval agrafe pile correcte 42"));
    }

    @Test
    void exactly_the_minimum_length_is_accepted_one_less_is_not() {
        assertEquals(List.of(), check("Kq7#vx2!Lm"));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), check("Kq7#vx2!L"));
    }

    @Test
    void length_counts_characters_as_a_person_sees_them() {
        // 10 accented letters or emoji fill more than 10 UTF-16 units but are 10 characters.
        assertEquals(List.of(), check("éèêëàâîïôû"));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), check("🐱🐶🐭🐹🐰🦊🐻🐼🐨"));
    }

    @Test
    void the_maximum_length_is_accepted_one_more_is_not() {
        assertEquals(List.of(), check("a1".repeat(64)));
        assertEquals(List.of(PasswordPolicy.TOO_LONG), check("a1".repeat(64) + "b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "azertyuiop",     // French keyboard row
            "motdepasse123",  // French
            "marseille13",    // French
            "1234567890",     // digits
            "0000000000",     // repeated digit
            "9876543210",     // descending digits
            "qwertyuiop",     // English keyboard row, from zxcvbn
            "password123",    // English, from zxcvbn
            "AzertyUIOP",     // case does not help
    })
    void a_common_password_is_refused(String password) {
        assertEquals(List.of(PasswordPolicy.TOO_COMMON), check(password));
    }

    @Test
    void a_mismatched_confirmation_is_refused() {
        assertEquals(List.of(PasswordPolicy.MISMATCH),
                PasswordPolicy.violations("cheval agrafe pile correcte 42", "cheval agrafe pile correcte 43"));
    }

    @Test
    void every_violation_is_listed_in_the_order_of_the_form() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_COMMON, PasswordPolicy.MISMATCH),
                PasswordPolicy.violations("password", "Password"));
    }

    @Test
    void missing_fields_count_as_empty() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.violations(null, ""));
        assertEquals(List.of(PasswordPolicy.MISMATCH), PasswordPolicy.violations("cheval agrafe pile correcte 42", null));
    }

    @Test
    void messages_are_the_french_ones_of_the_form() {
        assertEquals("Le mot de passe doit contenir au moins 10 caractères.", PasswordPolicy.TOO_SHORT);
        assertEquals("Le mot de passe ne doit pas dépasser 128 caractères.", PasswordPolicy.TOO_LONG);
        assertEquals("Ce mot de passe est trop courant : choisissez-en un autre, plus difficile à deviner.", PasswordPolicy.TOO_COMMON);
        assertEquals("La confirmation ne correspond pas au mot de passe.", PasswordPolicy.MISMATCH);
    }

    @Test
    void the_header_of_the_list_is_not_a_password() {
        assertTrue(PasswordPolicy.isCommon("soleil12345"));
        assertFalse(PasswordPolicy.isCommon("# Common passwords refused by PasswordPolicy (one per line, compared case-insensitively; lines starting with # are skipped)."));
        assertFalse(PasswordPolicy.isCommon(""));
    }
}
