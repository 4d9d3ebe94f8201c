package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
class InMemoryPrivacySettingsTest extends PrivacySettingsContract {

    @Override
    protected PrivacySettings settings() {
        return new InMemoryPrivacySettings();
    }
}
