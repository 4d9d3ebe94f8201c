package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.Town;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link TownRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class TownRepositoryContract {

    /** A repository with nothing saved yet. */
    protected abstract TownRepository repository();

    static Town town(String name) {
        return new Town(name, "/static/logo.svg", "espace.services@exemple.fr", "01 23 45 67 89",
                "1 place de la Mairie, 78000 Exemple", "http://localhost:8080", 168);
    }

    @Test
    void is_empty_before_the_town_is_set_up() {
        assertTrue(repository().find().isEmpty());
    }

    @Test
    void gives_back_what_was_saved_and_keeps_only_the_last_save() {
        var repository = repository();
        repository.save(town("Villepreux"));
        repository.save(town("Les Clayes-sous-Bois"));
        assertEquals(town("Les Clayes-sous-Bois"), repository.find().orElseThrow());
    }

    @Test
    void keeps_a_town_without_logo() {
        var repository = repository();
        var noLogo = new Town("Plaisir", null, "mairie@plaisir.fr", "01", "Hôtel de ville", "https://p.fr", 72);
        repository.save(noLogo);
        assertEquals(noLogo, repository.find().orElseThrow());
    }

    @Test
    void keepsTheOpeningHoursAsWritten() {
        var repository = repository();
        var town = town("Villepreux").withContact("Villepreux", "mairie@villepreux.fr", "01 30 80 80 00", "Place de la Mairie",
                "Du lundi au vendredi, de 8 h 30 à 12 h.\nLe samedi de 9 h à 12 h.");
        repository.save(town);
        assertEquals(town, repository.find().orElseThrow());
    }
}
