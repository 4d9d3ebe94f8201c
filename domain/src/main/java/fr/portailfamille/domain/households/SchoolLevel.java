package fr.portailfamille.domain.households;

/** «Niveau»: the class a child attends, with the words the guide shows («Cours élémentaire 1re année»). */
public enum SchoolLevel {
    PS("Petite section"),
    MS("Moyenne section"),
    GS("Grande section"),
    CP("Cours préparatoire"),
    CE1("Cours élémentaire 1re année"),
    CE2("Cours élémentaire 2e année"),
    CM1("Cours moyen 1re année"),
    CM2("Cours moyen 2e année");

    private final String words;

    SchoolLevel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** «CE1 – Cours élémentaire 1re année». */
    public String label() {
        return name() + " – " + words;
    }
}
