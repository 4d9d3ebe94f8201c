package fr.portailfamille.domain.households;

/** «Groupe sanguin»; UNKNOWN is an answer («Inconnu»), not a missing one. */
public enum BloodGroup {
    A_POS("A+"), A_NEG("A−"), B_POS("B+"), B_NEG("B−"), AB_POS("AB+"), AB_NEG("AB−"), O_POS("O+"), O_NEG("O−"), UNKNOWN("Inconnu");

    private final String label;

    BloodGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
