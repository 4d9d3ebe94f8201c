package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.privacy.RetentionPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link PrivacySettings}: in-memory and jOOQ (over the town's settings). */
public abstract class PrivacySettingsContract {

    /** Settings of a town that has not named its data-protection officer yet. */
    protected abstract PrivacySettings settings();

    @Test
    void the_data_protection_officer_is_unknown_until_the_town_names_it_then_replaced() {
        var settings = settings();
        assertEquals("", settings.dpoContact());
        settings.saveDpoContact("  Délégué à la protection des données, dpo@ville.example  ");
        assertEquals("Délégué à la protection des données, dpo@ville.example", settings.dpoContact());
        settings.saveDpoContact("CDG 91, rgpd@cdg91.example");
        assertEquals("CDG 91, rgpd@cdg91.example", settings.dpoContact());
    }

    @Test
    void retention_starts_with_the_legal_defaults_and_keeps_what_admins_set() {
        var settings = settings();
        assertEquals(RetentionPolicy.defaults(), settings.retention());
        var longer = new RetentionPolicy(2, 6, 5, 6, 12);
        settings.saveRetention(longer);
        assertEquals(longer, settings.retention());
        settings.saveRetention(RetentionPolicy.defaults());
        assertEquals(RetentionPolicy.defaults(), settings.retention());
    }
}
