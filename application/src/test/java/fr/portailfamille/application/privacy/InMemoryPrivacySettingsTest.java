package fr.portailfamille.application.privacy;

class InMemoryPrivacySettingsTest extends PrivacySettingsContract {

    @Override
    protected PrivacySettings settings() {
        return new InMemoryPrivacySettings();
    }
}
