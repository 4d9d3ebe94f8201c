package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.AuditEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Most recent = last recorded, as the database's ascending ids. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public synchronized List<AuditEvent> latest(Long subjectAccountId, int limit) {
        return events.reversed().stream()
                .filter(e -> subjectAccountId == null || subjectAccountId.equals(e.subjectAccountId()))
                .limit(Math.max(limit, 0))
                .toList();
    }
}
