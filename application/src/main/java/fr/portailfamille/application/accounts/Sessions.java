package fr.portailfamille.application.accounts;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.SessionTimes;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.accounts.TokenHash;

import java.time.Duration;
import java.util.Optional;

/**
 * Sessions: started at sign-in with a fresh random id (never one the browser brought), resolved on each request
 * (idle 30 min, absolute 12 h), ended at sign-out. Only the id's hash is stored.
 */
public final class Sessions {

    /** Who is signed in, and whether new CGU must be accepted before anything else. */
    public record SignedIn(Account account, boolean mustAcceptTerms) {
    }

    /** Saves a write per request: last-seen moves at most once a minute, far below the 30-minute idle timeout. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccountsPorts ports;

    public Sessions(AccountsPorts ports) {
        this.ports = ports;
    }

    /** @return the raw session id for the cookie */
    String start(Account account) {
        String raw = ports.tokenGenerator().newToken();
        ports.sessions().create(new WebSession(TokenHash.of(raw), account.id(), SessionTimes.start(ports.clock().instant())));
        return raw;
    }

    public Optional<SignedIn> resolve(String rawSessionId) {
        if (rawSessionId == null || rawSessionId.isBlank() || rawSessionId.length() > 200) return Optional.empty();
        String hash = TokenHash.of(rawSessionId);
        var session = ports.sessions().find(hash);
        if (session.isEmpty()) return Optional.empty();
        var now = ports.clock().instant();
        if (session.get().times().isExpired(now)) {
            ports.sessions().delete(hash);
            return Optional.empty();
        }
        var account = ports.accounts().find(session.get().accountId()).filter(a -> a.status() == AccountStatus.ACTIVE);
        if (account.isEmpty()) {
            ports.sessions().delete(hash);
            return Optional.empty();
        }
        if (Duration.between(session.get().times().lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            ports.sessions().touch(hash, now);
        }
        int current = ports.terms().current().map(TermsOfUse::version).orElse(0);
        return Optional.of(new SignedIn(account.get(), account.get().mustAcceptTerms(current)));
    }

    public void end(String rawSessionId, String clientAddress) {
        if (rawSessionId == null || rawSessionId.isBlank()) return;
        String hash = TokenHash.of(rawSessionId);
        ports.sessions().find(hash).ifPresent(session -> {
            ports.sessions().delete(hash);
            ports.audit().record(new AuditEvent(AuditEventType.LOGOUT,
                    session.accountId(), session.accountId(), ports.clock().instant(), clientAddress, null));
        });
    }
}
