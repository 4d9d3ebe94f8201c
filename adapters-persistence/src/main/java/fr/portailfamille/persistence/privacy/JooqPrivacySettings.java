package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.PrivacySettings;
import fr.portailfamille.persistence.Db;

import static fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS;

/** The privacy part of the town's one row of settings (the row itself is the town's: without it, nothing is saved). */
public final class JooqPrivacySettings implements PrivacySettings {

    private final Db db;

    public JooqPrivacySettings(Db db) {
        this.db = db;
    }

    @Override
    public String dpoContact() {
        return db.dsl().select(TOWN_SETTINGS.DPO_CONTACT).from(TOWN_SETTINGS).fetchOptional(TOWN_SETTINGS.DPO_CONTACT).orElse("");
    }

    @Override
    public void saveDpoContact(String contact) {
        db.dsl().update(TOWN_SETTINGS).set(TOWN_SETTINGS.DPO_CONTACT, contact == null ? "" : contact.strip()).execute();
    }
}
