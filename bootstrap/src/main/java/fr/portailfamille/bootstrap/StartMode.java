package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.town.InstallationMode;

import java.util.Optional;

/**
 * Whether this start runs a demo or a town's portal. The database's mark decides, whatever DEMO says: a town's data
 * never meet the demo's accounts, its simulator or its development mailbox. An unmarked database becomes a demo only
 * when that is what a newcomer expects — the README's first command on a fresh embedded DATA_DIR — or when DEMO=true
 * asks for it; otherwise the operator is told to run {@code init}.
 */
final class StartMode {

    static final String RUN_INIT = "Cette base de données n'est ni une démonstration ni une commune mise en service : "
            + "lancez « ./portail init » pour mettre la commune en service (ou DEMO=true pour une démonstration).";

    sealed interface Decision {
        /** @param seedDemo the database is unmarked: seed the demo (which marks it) before serving */
        record Run(InstallationMode mode, boolean seedDemo) implements Decision {
        }

        record Refused(String message) implements Decision {
        }
    }

    private StartMode() {
    }

    static Decision decide(Optional<InstallationMode> marked, boolean embedded, Optional<Boolean> demoAsked) {
        if (marked.isPresent()) return new Decision.Run(marked.get(), false);
        if (demoAsked.orElse(embedded)) return new Decision.Run(InstallationMode.DEMO, true);
        return new Decision.Refused(RUN_INIT);
    }
}
