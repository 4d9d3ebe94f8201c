package fr.portailfamille.domain.messaging;

/** The town services a family writes to; each has its inbox in the back-office. */
public enum TownService {
    ESPACE_SERVICES("Espace Services", "de l'Espace Services"),
    SCOLAIRE("Service scolaire et périscolaire", "du Service scolaire et périscolaire"),
    REGIE("Régie", "de la Régie");

    private final String label;
    private final String from;

    TownService(String label, String from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** «de l'Espace Services», «du Service scolaire…»: French elides and contracts the article, «de Espace» is wrong. */
    public String from() {
        return from;
    }
}
