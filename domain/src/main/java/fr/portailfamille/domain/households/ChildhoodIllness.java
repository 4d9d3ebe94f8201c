package fr.portailfamille.domain.households;

/** Childhood illnesses the health sheet asks about. */
public enum ChildhoodIllness {
    ASTHME("Asthme"), OTITES("Otites"), RUBEOLE("Rubéole"), VARICELLE("Varicelle"), COQUELUCHE("Coqueluche"),
    ROUGEOLE("Rougeole"), SCARLATINE("Scarlatine");

    private final String label;

    ChildhoodIllness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
