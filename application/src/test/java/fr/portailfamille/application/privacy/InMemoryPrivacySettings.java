package fr.portailfamille.application.privacy;

public final class InMemoryPrivacySettings implements PrivacySettings {

    private volatile String dpoContact = "";

    @Override
    public String dpoContact() {
        return dpoContact;
    }

    @Override
    public void saveDpoContact(String contact) {
        dpoContact = contact == null ? "" : contact.strip();
    }
}
