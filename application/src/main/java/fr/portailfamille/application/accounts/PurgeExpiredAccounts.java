package fr.portailfamille.application.accounts;

import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.TokenPurpose;

import java.time.Duration;

/**
 * Scheduled job: an account never activated within its link's validity (168 h by default) is deleted, as the
 * activation mail announced. An account whose agent re-sent a link that is still valid is kept. Personal data go;
 * the row stays PURGED so the audit trail keeps its subject.
 */
public final class PurgeExpiredAccounts {

    private final AccountsPorts ports;

    public PurgeExpiredAccounts(AccountsPorts ports) {
        this.ports = ports;
    }

    /** @return how many accounts were purged */
    public int run() {
        return ports.transactions().inTransaction(() -> {
            var now = ports.clock().instant();
            var validity = Duration.ofHours(ports.town().get().activationValidityHours());
            int purged = 0;
            for (var account : ports.accounts().pendingCreatedBefore(now.minus(validity))) {
                if (ports.tokens().hasLiveToken(account.id(), TokenPurpose.ACTIVATION, now)) continue;
                ports.accounts().update(account.purged());
                ports.tokens().revoke(account.id(), TokenPurpose.ACTIVATION);
                ports.sessions().deleteForAccount(account.id());
                ports.audit().record(new AuditEvent(AuditEventType.ACCOUNT_PURGED, null, account.id(), now, null,
                        "non activé dans le délai de " + validity.toHours() + " h"));
                purged++;
            }
            return purged;
        });
    }
}
