package fr.portailfamille.application.town.port;

import java.util.Optional;

/** Out-port: the version of the database schema the migrations reached («53»), empty on a database never migrated. */
@FunctionalInterface
public interface SchemaVersion {

    Optional<String> current();
}
