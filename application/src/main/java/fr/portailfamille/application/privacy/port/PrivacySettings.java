package fr.portailfamille.application.privacy.port;

import fr.portailfamille.domain.privacy.RetentionPolicy;

/** Out-port: what the town says about its handling of personal data (kept with the town's settings). */
public interface PrivacySettings {

    /** How to reach the data-protection officer; "" when the town has not said it yet. */
    String dpoContact();

    void saveDpoContact(String contact);

    /** The town's retention durations; {@link RetentionPolicy#defaults()} until its admins change them. */
    RetentionPolicy retention();

    void saveRetention(RetentionPolicy policy);
}
