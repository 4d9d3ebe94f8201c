package fr.portailfamille.domain.messaging;

/** The town services a family writes to; each has its inbox in the back-office. */
public enum TownService {
    ESPACE_SERVICES("Espace Services"),
    SCOLAIRE("Service scolaire et périscolaire"),
    REGIE("Régie");

    private final String label;

    TownService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
