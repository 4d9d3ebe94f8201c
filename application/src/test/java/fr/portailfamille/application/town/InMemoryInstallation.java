package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.InstallationMode;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

public final class InMemoryInstallation implements Installation {

    private final AtomicReference<InstallationMode> mode = new AtomicReference<>();

    @Override
    public Optional<InstallationMode> mode() {
        return Optional.ofNullable(mode.get());
    }

    @Override
    public void mark(InstallationMode newMode) {
        if (!mode.compareAndSet(null, newMode)) throw new IllegalStateException("the database is already marked " + mode.get());
    }
}
