package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.Town;

/** Use case: the town every page and mail speaks for. A portal without settings is a set-up error, not user input. */
public final class CurrentTown {

    private final TownRepository towns;

    public CurrentTown(TownRepository towns) {
        this.towns = towns;
    }

    public Town get() {
        return towns.find().orElseThrow(() -> new IllegalStateException("Town settings are missing: run the demo seed or an admin set-up"));
    }
}
