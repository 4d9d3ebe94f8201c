package fr.portailfamille.domain.households;

public enum DocumentStatus {
    PENDING("En attente de validation"), VALIDATED("Validé"), REJECTED("Refusé");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
