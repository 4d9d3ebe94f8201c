package fr.portailfamille.domain.town;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TownTest {

    static Town villepreux(String baseUrl) {
        return new Town("Villepreux", "/static/logo.svg", "espace.services@villepreux.fr", "01 30 80 80 00",
                "Place de la Mairie, 78450 Villepreux", baseUrl, 168);
    }

    @Test
    void signs_mails_as_the_town_hall() {
        assertEquals("Mairie de Villepreux", villepreux("http://localhost:8080").townHall());
    }

    @Test
    void keeps_the_base_url_without_trailing_slash_so_links_can_be_appended() {
        assertEquals("https://portail.example.fr", villepreux("https://portail.example.fr/").publicBaseUrl());
    }

    @Test
    void refuses_a_town_without_name_or_with_a_non_positive_activation_validity() {
        assertThrows(IllegalArgumentException.class, () -> new Town(" ", null, "a@b.fr", "01", "adr", "http://x", 168));
        assertThrows(IllegalArgumentException.class, () -> new Town("V", null, "a@b.fr", "01", "adr", "http://x", 0));
    }
}
