package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.Installation;
import fr.portailfamille.domain.town.InstallationMode;
import fr.portailfamille.persistence.Db;

import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.INSTALLATION;

public final class JooqInstallation implements Installation {

    private final Db db;

    public JooqInstallation(Db db) {
        this.db = db;
    }

    @Override
    public Optional<InstallationMode> mode() {
        return db.dsl().select(INSTALLATION.MODE).from(INSTALLATION).fetchOptional(INSTALLATION.MODE).map(InstallationMode::valueOf);
    }

    @Override
    public void mark(InstallationMode mode) {
        // the one row (id = 1) is inserted once: a second mark, even from a racing process, changes nothing
        int inserted = db.dsl().insertInto(INSTALLATION, INSTALLATION.MODE).values(mode.name()).onConflictDoNothing().execute();
        if (inserted == 0) throw new IllegalStateException("the database is already marked " + mode().orElse(null));
    }
}
