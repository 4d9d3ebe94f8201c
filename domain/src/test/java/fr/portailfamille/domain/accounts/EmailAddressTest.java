package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailAddressTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "prenom.nom@exemple.fr            | prenom.nom@exemple.fr",
            "'  Marie.Dupont@Exemple.FR  '    | marie.dupont@exemple.fr",
            "a@b.co                           | a@b.co",
            "jean-paul+ecole@mairie.ville.fr  | jean-paul+ecole@mairie.ville.fr",
            "'\tjean@exemple.fr\n'            | jean@exemple.fr",
    })
    void valid_addresses_are_trimmed_and_lower_cased(String raw, String canonical) {
        assertEquals(canonical, EmailAddress.parse(raw).orElseThrow().value());
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @NullSource
    @ValueSource(strings = {
            "",
            "   ",
            "prenom.nom",
            "@exemple.fr",
            "prenom.nom@",
            "prenom.nom@exemple",
            "prenom@nom@exemple.fr",
            "prenom nom@exemple.fr",
            "prenom.nom@exemple .fr",
            "prenom\u00a0nom@exemple.fr",
            "prenom.nom@exemple.fr\r\nBcc: victime@exemple.fr",
            "prenom.nom@.fr",
            "prenom.nom@exemple.",
            "prenom.nom@exemple..fr",
    })
    void invalid_addresses_are_refused(String raw) {
        assertEquals(Optional.empty(), EmailAddress.parse(raw));
    }

    @Test
    void at_most_254_characters() {
        String domain = "@exemple.fr";
        String longest = "a".repeat(254 - domain.length()) + domain;
        assertEquals(254, EmailAddress.parse(longest).orElseThrow().value().length());
        assertEquals(Optional.empty(), EmailAddress.parse("a" + longest));
    }

    @Test
    void the_same_address_typed_differently_is_equal() {
        assertEquals(EmailAddress.parse("Marie@Exemple.fr"), EmailAddress.parse(" marie@exemple.FR"));
        assertEquals(new EmailAddress("marie@exemple.fr"), new EmailAddress("MARIE@EXEMPLE.FR"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "jean@exemple.fr, j•••@exemple.fr",
            "j@exemple.fr, j•••@exemple.fr",
            "éloïse.lefèvre@exemple.fr, é•••@exemple.fr",
            "𝓂arie@exemple.fr, 𝓂•••@exemple.fr",  // a letter beyond 16 bits is not cut in half
    })
    void masked_keeps_the_first_letter_and_the_domain(String address, String masked) {
        assertEquals(masked, EmailAddress.parse(address).orElseThrow().masked());
    }

    @Test
    void constructing_an_invalid_address_is_a_programming_error() {
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("pas une adresse"));
        assertThrows(NullPointerException.class, () -> new EmailAddress(null));
    }

    @Test
    void the_invalid_message_gives_an_example() {
        assertEquals("Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.", EmailAddress.INVALID);
    }
}
