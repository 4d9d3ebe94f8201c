package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.TownLogo;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.persistence.Db;

import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.TOWN_LOGO;

public final class JooqTownLogo implements TownLogo {

    private final Db db;

    public JooqTownLogo(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Image> find() {
        return db.dsl().select(TOWN_LOGO.MEDIA_TYPE, TOWN_LOGO.CONTENT).from(TOWN_LOGO).fetchOptional()
                .map(r -> new Image(FileType.valueOf(r.value1()), r.value2()));
    }

    @Override
    public void store(Image image) {
        db.dsl().insertInto(TOWN_LOGO, TOWN_LOGO.MEDIA_TYPE, TOWN_LOGO.CONTENT).values(image.type().name(), image.content())
                .onConflict(TOWN_LOGO.ID).doUpdate().set(TOWN_LOGO.MEDIA_TYPE, image.type().name()).set(TOWN_LOGO.CONTENT, image.content())
                .execute();
    }
}
