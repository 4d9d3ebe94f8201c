package fr.portailfamille.application.privacy;

/** Out-port: what the town says about its handling of personal data (kept with the town's settings). */
public interface PrivacySettings {

    /** How to reach the data-protection officer; "" when the town has not said it yet. */
    String dpoContact();

    void saveDpoContact(String contact);
}
