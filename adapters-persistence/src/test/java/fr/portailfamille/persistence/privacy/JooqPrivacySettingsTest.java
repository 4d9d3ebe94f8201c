package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.port.PrivacySettings;
import fr.portailfamille.application.privacy.PrivacySettingsContract;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.town.JooqTownRepository;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JooqPrivacySettingsTest extends PrivacySettingsContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected PrivacySettings settings() {
        new JooqTownRepository(db, java.time.Clock.systemUTC()).save(new Town("Beaulieu", null, "mairie@beaulieu.example", "01 23 45 67 89", "1 place de la Mairie",
                "http://localhost", 168));
        return new JooqPrivacySettings(db);
    }

    @Test
    void saving_the_town_keeps_its_data_protection_officer() {
        var settings = settings();
        settings.saveDpoContact("dpo@beaulieu.example");
        new JooqTownRepository(db, java.time.Clock.systemUTC()).save(new Town("Beaulieu-sur-Orge", null, "mairie@beaulieu.example", "01 23 45 67 89", "1 place de la Mairie",
                "http://localhost", 168));
        assertEquals("dpo@beaulieu.example", settings.dpoContact());
    }
}
