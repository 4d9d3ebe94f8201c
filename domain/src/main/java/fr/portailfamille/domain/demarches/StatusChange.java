package fr.portailfamille.domain.demarches;

import java.time.Instant;

/** One line of a démarche's history: who moved it from which status to which, when, and why when rejected. */
public record StatusChange(long demarcheId, DemarcheStatus from, DemarcheStatus to, long byAccountId, Instant at, String reason) {
}
