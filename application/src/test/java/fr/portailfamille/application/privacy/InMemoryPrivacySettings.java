package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.privacy.RetentionPolicy;

public final class InMemoryPrivacySettings implements PrivacySettings {

    private volatile String dpoContact = "";
    private volatile RetentionPolicy retention = RetentionPolicy.defaults();

    @Override
    public String dpoContact() {
        return dpoContact;
    }

    @Override
    public void saveDpoContact(String contact) {
        dpoContact = contact == null ? "" : contact.strip();
    }

    @Override
    public RetentionPolicy retention() {
        return retention;
    }

    @Override
    public void saveRetention(RetentionPolicy policy) {
        retention = java.util.Objects.requireNonNull(policy);
    }
}
