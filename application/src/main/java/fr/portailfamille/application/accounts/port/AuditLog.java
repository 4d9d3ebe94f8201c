package fr.portailfamille.application.accounts.port;

import fr.portailfamille.domain.accounts.AuditEvent;

import java.util.List;

/** Out-port: the audit trail (who did what, when, from where); append-only. */
public interface AuditLog {

    void record(AuditEvent event);

    /** Most recent first; only the events about {@code subjectAccountId} when it is not null. */
    List<AuditEvent> latest(Long subjectAccountId, int limit);
}
