package fr.portailfamille.domain.billing;

/** The document a quotient familial was read from, validated by an agent on the household's file. */
public enum QuotientSource {
    AVIS_IMPOSITION("Avis d'imposition"),
    CAF("Attestation CAF"),
    MSA("Attestation MSA");

    private final String label;

    QuotientSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
