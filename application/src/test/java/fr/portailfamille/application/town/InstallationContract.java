package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.InstallationMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Contract of {@link Installation}: every adapter runs it (in-memory and jOOQ). */
public abstract class InstallationContract {

    /** A database never marked. */
    protected abstract Installation installation();

    @Test
    void an_unmarked_database_has_no_mode() {
        assertEquals(Optional.empty(), installation().mode());
    }

    @Test
    void keeps_its_mark() {
        var installation = installation();
        installation.mark(InstallationMode.TOWN);
        assertEquals(Optional.of(InstallationMode.TOWN), installation.mode());
    }

    @Test
    void a_town_never_becomes_a_demo() {
        var installation = installation();
        installation.mark(InstallationMode.TOWN);
        assertThrows(IllegalStateException.class, () -> installation.mark(InstallationMode.DEMO));
        assertEquals(Optional.of(InstallationMode.TOWN), installation.mode());
    }
}
