package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.TownRepository;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.Db;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS;

public final class JooqTownRepository implements TownRepository {

    private final Db db;
    private final Clock clock;

    /** @param clock the portal's: when the settings last changed */
    public JooqTownRepository(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Town> find() {
        return db.reference().get("town", () -> db.dsl().selectFrom(TOWN_SETTINGS).fetchOptional()
                .map(r -> new Town(r.getName(), r.getLogoPath(), r.getServicesEmail(), r.getPhone(), r.getPostalAddress(),
                        r.getPublicBaseUrl(), r.getActivationValidityHours(), r.getOpeningHours())));
    }

    @Override
    public void save(Town town) {
        db.reference().changed();
        var record = db.dsl().newRecord(TOWN_SETTINGS);
        record.setId((short) 1);
        record.setName(town.name());
        record.setLogoPath(town.logoPath());
        record.setServicesEmail(town.servicesEmail());
        record.setPhone(town.phone());
        record.setPostalAddress(town.postalAddress());
        record.setPublicBaseUrl(town.publicBaseUrl());
        record.setActivationValidityHours(town.activationValidityHours());
        record.setOpeningHours(town.openingHours());
        record.setUpdatedAt(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        db.dsl().insertInto(TOWN_SETTINGS).set(record).onConflict(TOWN_SETTINGS.ID).doUpdate().set(record).execute();
    }
}
