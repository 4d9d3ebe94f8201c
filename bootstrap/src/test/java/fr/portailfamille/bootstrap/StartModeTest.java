package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.town.InstallationMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The database's mark decides; an unmarked database is a demo only where a newcomer expects one. */
class StartModeTest {

    static StartMode.Decision decide(InstallationMode marked, boolean embedded, Boolean demoAsked) {
        return StartMode.decide(Optional.ofNullable(marked), embedded, Optional.ofNullable(demoAsked));
    }

    @Test
    void aTownStaysATownWhateverDemoSays() {
        var town = new StartMode.Decision.Run(InstallationMode.TOWN, false);
        assertEquals(town, decide(InstallationMode.TOWN, true, true));
        assertEquals(town, decide(InstallationMode.TOWN, false, null));
    }

    @Test
    void aDemoStaysADemo() {
        assertEquals(new StartMode.Decision.Run(InstallationMode.DEMO, false), decide(InstallationMode.DEMO, false, false));
    }

    @Test
    void theReadmesFirstCommandOnAFreshEmbeddedDatabaseSeedsTheDemo() {
        assertEquals(new StartMode.Decision.Run(InstallationMode.DEMO, true), decide(null, true, null));
        assertEquals(new StartMode.Decision.Run(InstallationMode.DEMO, true), decide(null, false, true), "DEMO=true on an empty server");
    }

    @Test
    void anEmptyServerOrDemoFalseIsToldToRunInit() {
        assertEquals(new StartMode.Decision.Refused(StartMode.RUN_INIT), decide(null, false, null));
        assertEquals(new StartMode.Decision.Refused(StartMode.RUN_INIT), decide(null, true, false));
    }
}
