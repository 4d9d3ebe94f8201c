package fr.portailfamille.domain.accounts;

/** Life of an account: created by the town, activated by its owner through a one-time link, then possibly purged. */
public enum AccountStatus {
    PENDING_ACTIVATION("En attente d'activation"),
    ACTIVE("Actif"),
    PURGED("Supprimé");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
