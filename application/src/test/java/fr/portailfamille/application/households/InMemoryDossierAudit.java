package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.DossierChange;

import java.util.ArrayList;
import java.util.List;

public final class InMemoryDossierAudit implements DossierAudit {

    private final List<DossierChange> changes = new ArrayList<>();

    @Override
    public synchronized void record(DossierChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<DossierChange> latest(long householdId, int limit) {
        return changes.reversed().stream().filter(c -> c.householdId() == householdId).limit(Math.max(limit, 0)).toList();
    }
}
