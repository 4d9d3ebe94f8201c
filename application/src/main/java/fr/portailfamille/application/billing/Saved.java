package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.FieldErrors;

/** What an agent's billing setting became: the saved value, or the French messages of what the portal refused. */
public record Saved<T>(T value, FieldErrors errors) {
    public boolean ok() {
        return errors.isEmpty();
    }
}
