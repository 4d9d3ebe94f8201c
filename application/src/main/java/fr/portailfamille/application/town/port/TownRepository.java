package fr.portailfamille.application.town.port;

import fr.portailfamille.domain.town.Town;

import java.util.Optional;

/** Out-port: the town's settings (one per portal). */
public interface TownRepository {

    Optional<Town> find();

    void save(Town town);
}
