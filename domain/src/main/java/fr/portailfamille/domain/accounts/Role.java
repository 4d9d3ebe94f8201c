package fr.portailfamille.domain.accounts;

/** What an account may do: a parent sees its household, staff («Espace Services») sees the town's. */
public enum Role {
    PARENT("Parent"),
    AGENT("Agent"),
    ADMIN("Administrateur");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Agents and administrators work in the back-office; parents never do. */
    public boolean isStaff() {
        return this != PARENT;
    }

    public String label() {
        return label;
    }
}
