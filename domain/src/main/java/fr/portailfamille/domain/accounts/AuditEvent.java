package fr.portailfamille.domain.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the account journal.
 *
 * @param actorAccountId   who did it; null for the system or an unknown visitor (e.g. a failed login on a wrong id)
 * @param subjectAccountId whose account it concerns; null when none matched
 * @param clientAddress    IP address of the request, null when not from a request
 * @param detail           short free text; never health data, never a password or a token
 */
public record AuditEvent(AuditEventType type, Long actorAccountId, Long subjectAccountId, Instant at,
                         String clientAddress, String detail) {

    public AuditEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }
}
