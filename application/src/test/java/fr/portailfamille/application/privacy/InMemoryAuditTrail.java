package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.privacy.AuditEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(List<AuditEvent> added) {
        events.addAll(added);
    }

    @Override
    public synchronized List<AuditEvent> ofHousehold(long householdId, int limit) {
        return events.reversed().stream().filter(e -> Objects.equals(e.householdId(), householdId)).limit(Math.max(limit, 0)).toList();
    }

    @Override
    public synchronized List<AuditEvent> ofTown(int limit) {
        return events.reversed().stream().filter(e -> e.householdId() == null).limit(Math.max(limit, 0)).toList();
    }
}
