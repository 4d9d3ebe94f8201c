package fr.portailfamille.application.town.port;

import fr.portailfamille.domain.town.InstallationMode;

import java.util.Optional;

/** Out-port: the mark a database carries once it became a demo or a town's; set once, never changed. */
public interface Installation {

    /** Empty while the database is neither seeded as a demo nor initialised for a town. */
    Optional<InstallationMode> mode();

    /** Marks the database; refused (IllegalStateException) when it already carries a mark. */
    void mark(InstallationMode mode);
}
