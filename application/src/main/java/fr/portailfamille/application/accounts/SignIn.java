package fr.portailfamille.application.accounts;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.LoginThrottle;

import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in with the login id or the e-mail. One generic refusal whatever went wrong, the same work (a password hash)
 * whether the identifier exists or not, and throttling per identifier typed and per client address: nothing tells
 * an attacker which identifiers exist.
 */
public final class SignIn {

    public sealed interface Result {
        record SignedIn(Account account, String sessionId) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    public static final String REFUSED = "Identifiant ou mot de passe incorrect.";

    private final AccountsPorts ports;
    private final Sessions sessions;
    /**
     * Checked when no account matches, so that answering takes as long as for a real account. Hashed on a background
     * thread: an Argon2id hash (and its library's loading) would otherwise add to the portal's start-up.
     */
    private final java.util.concurrent.CompletableFuture<String> decoyHash;

    public SignIn(AccountsPorts ports, Sessions sessions) {
        this.ports = ports;
        this.sessions = sessions;
        this.decoyHash = java.util.concurrent.CompletableFuture.supplyAsync(() -> ports.hasher().hash("decoy password never used by anyone"),
                task -> Thread.ofVirtual().name("decoy-hash").start(task));
    }

    public Result signIn(String identifier, String password, String clientAddress) {
        String id = identifier == null ? "" : identifier.trim().toLowerCase(Locale.ROOT);
        Optional<Account> account = find(id).filter(Account::canSignIn);
        // per account (login id and e-mail count together); an unknown identifier is throttled alike, so the
        // delays tell nothing about which identifiers exist
        String idKey = account.map(a -> "account:" + a.id()).orElse("id:" + id);
        String addressKey = "address:" + clientAddress;
        var now = ports.clock().instant();
        LoginThrottle byId = ports.throttles().find(idKey);
        LoginThrottle byAddress = ports.throttles().find(addressKey);
        long wait = Math.max(byId.secondsLeft(now), byAddress.secondsLeft(now));
        if (wait > 0) {
            return new Result.Refused("Trop de tentatives de connexion : réessayez dans " + wait + " seconde" + (wait > 1 ? "s" : "") + ".");
        }

        String typed = password == null ? "" : password;
        boolean matches;
        if (account.isPresent()) {
            matches = ports.hasher().matches(typed, account.get().passwordHash());
        } else {
            ports.hasher().matches(typed, decoyHash.join()); // same cost as a real check
            matches = false;
        }

        return ports.transactions().inTransaction(() -> {
            if (matches) {
                ports.throttles().clear(idKey);
                ports.throttles().clear(addressKey);
                ports.audit().record(new AuditEvent(AuditEventType.LOGIN_SUCCEEDED, account.get().id(), account.get().id(), now, clientAddress, null));
                return new Result.SignedIn(account.get(), sessions.start(account.get()));
            }
            ports.throttles().save(idKey, byId.afterFailure(now));
            ports.throttles().save(addressKey, byAddress.afterFailure(now));
            ports.audit().record(new AuditEvent(AuditEventType.LOGIN_FAILED, null, account.map(Account::id).orElse(null), now, clientAddress,
                    account.isPresent() ? null : "identifiant inconnu"));
            return new Result.Refused(REFUSED);
        });
    }

    private Optional<Account> find(String id) {
        if (id.matches("\\d{1,9}")) return ports.accounts().findByLoginId(Integer.parseInt(id));
        return EmailAddress.parse(id).flatMap(ports.accounts()::findByEmail);
    }
}
