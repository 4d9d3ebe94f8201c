package fr.portailfamille.application.town.port;

import fr.portailfamille.domain.households.FileType;

import java.util.Optional;

/** Out-port: the town's logo image (one), shown in every page's banner. */
public interface TownLogo {

    record Image(FileType type, byte[] content) {
    }

    Optional<Image> find();

    /** Replaces the logo. */
    void store(Image image);
}
