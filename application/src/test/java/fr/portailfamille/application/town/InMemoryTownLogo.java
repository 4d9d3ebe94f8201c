package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

public final class InMemoryTownLogo implements TownLogo {

    private final AtomicReference<Image> image = new AtomicReference<>();

    @Override
    public Optional<Image> find() {
        return Optional.ofNullable(image.get());
    }

    @Override
    public void store(Image newImage) {
        image.set(new Image(newImage.type(), newImage.content().clone()));
    }
}
