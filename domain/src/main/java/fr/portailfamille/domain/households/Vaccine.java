package fr.portailfamille.domain.households;

/**
 * «Vaccination et injection»: the vaccines of the health sheet. DTP is the one required of every child whatever its
 * age (the others became compulsory only for children born from 2018), so it alone makes the vaccinations complete.
 */
public enum Vaccine {
    DTP("Diphtérie, tétanos et poliomyélite (DTP)", true),
    HIB("Haemophilus influenzae de type b", false),
    PNEUMOCOQUE("Infections invasives à pneumocoque", false),
    ROR("Rougeole, oreillons et rubéole (ROR)", false),
    COQUELUCHE("Coqueluche", false),
    HEPATITE_B("Hépatite B", false),
    MENINGOCOQUE_C("Méningocoque de sérogroupe C", false),
    BCG("BCG", false);

    private final String label;
    private final boolean required;

    Vaccine(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }
}
