package fr.portailfamille.domain.demarches;

import java.util.EnumSet;
import java.util.Set;

/** Where a démarche stands; each status lists where it may go, so an illegal transition is refused, not stored. */
public enum DemarcheStatus {
    TO_COMPLETE("À compléter"),
    DRAFT("Brouillon"),
    SUBMITTED("En attente de validation"),
    VALIDATED("Validée"),
    REJECTED("Rejetée");

    private final String label;

    DemarcheStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<DemarcheStatus> next() {
        return switch (this) {
            case TO_COMPLETE, DRAFT -> EnumSet.of(DRAFT, SUBMITTED);
            case SUBMITTED -> EnumSet.of(VALIDATED, REJECTED);
            case VALIDATED, REJECTED -> EnumSet.noneOf(DemarcheStatus.class);
        };
    }

    public boolean mayBecome(DemarcheStatus target) {
        return next().contains(target);
    }

    /** The family can still change its answers. */
    public boolean editable() {
        return this == TO_COMPLETE || this == DRAFT;
    }
}
