package fr.portailfamille.domain.bookings;

/** What an activity is, as parents know it from the town's leaflets. */
public enum ActivityKind {
    ACCUEIL_MATIN("Accueil du matin", ActivityFamily.PERISCOLAIRE),
    RESTAURATION_SCOLAIRE("Restauration scolaire", ActivityFamily.PERISCOLAIRE),
    ACCUEIL_SOIR("Accueil du soir", ActivityFamily.PERISCOLAIRE),
    /** Since 2018 the Wednesday leisure centre is périscolaire, even on a day without class. */
    MERCREDI("Accueil de loisirs du mercredi", ActivityFamily.PERISCOLAIRE),
    VACANCES("Accueil de loisirs des vacances", ActivityFamily.EXTRASCOLAIRE);

    private final String label;
    private final ActivityFamily family;

    ActivityKind(String label, ActivityFamily family) {
        this.label = label;
        this.family = family;
    }

    public String label() {
        return label;
    }

    public ActivityFamily family() {
        return family;
    }
}
