package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.Town;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

public final class InMemoryTownRepository implements TownRepository {

    private final AtomicReference<Town> town = new AtomicReference<>();

    @Override
    public Optional<Town> find() {
        return Optional.ofNullable(town.get());
    }

    @Override
    public void save(Town newTown) {
        town.set(newTown);
    }
}
