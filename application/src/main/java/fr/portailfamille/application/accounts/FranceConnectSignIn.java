package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.FranceConnectAttempt;
import fr.portailfamille.domain.accounts.LoginThrottle;
import fr.portailfamille.domain.accounts.TokenHash;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in with FranceConnect, and linking a FranceConnect identity to an account. An identity is linked only to
 * the account whose password was typed just before, while signed in: never by comparing names or e-mail addresses,
 * which FranceConnect and the town may spell differently and which prove nothing about who owns the account.
 *
 * <p>Each trip to FranceConnect gets a fresh {@code state} (kept by the browser in a cookie and by the server as a
 * hash) and {@code nonce} (kept by the server): the callback must bring the same state back in the same browser,
 * once, within {@link FranceConnectAttempt#LIFETIME}, and the ID token must carry the nonce.
 */
public final class FranceConnectSignIn {

    public static final String UNAVAILABLE = "FranceConnect ne répond pas pour le moment. Vous pouvez vous connecter avec votre identifiant "
            + "et votre mot de passe, ou réessayer plus tard.";
    public static final String WRONG_STATE = "Cette réponse de FranceConnect ne correspond à aucune connexion en cours sur ce navigateur "
            + "(lien déjà utilisé, trop ancien ou venu d'ailleurs) : vous n'êtes pas connecté. Recommencez avec « S'identifier avec FranceConnect ».";
    public static final String CANCELLED = "La connexion avec FranceConnect a été annulée ou refusée : vous n'êtes pas connecté. Vous pouvez "
            + "recommencer, ou vous connecter avec votre identifiant et votre mot de passe.";
    public static final String NOT_LINKED = "Cette identité FranceConnect n'est liée à aucun compte du portail. Pour la lier, une fois pour "
            + "toutes : connectez-vous avec votre identifiant et votre mot de passe, ouvrez « Mon compte », puis « FranceConnect » et "
            + "« Lier mon compte à FranceConnect ». Ensuite, FranceConnect suffira pour vous connecter.";
    public static final String LINKED_ELSEWHERE = "Cette identité FranceConnect est déjà liée à un autre compte du portail : une identité ne "
            + "sert qu'à un compte. Déliez-la d'abord de l'autre compte (« Mon compte », « FranceConnect »).";
    public static final String WRONG_PASSWORD = "Mot de passe incorrect : votre compte n'a pas été lié à FranceConnect.";

    /** Where a trip to FranceConnect starts. */
    public sealed interface Started {
        /** @param state to keep in the browser (cookie) until the callback */
        record Redirect(URI page, String state) implements Started {
        }

        record Refused(String message) implements Started {
        }
    }

    /** How a trip to FranceConnect ends. */
    public sealed interface Finished {
        record SignedIn(Account account, String sessionId) implements Finished {
        }

        record Linked(long accountId) implements Finished {
        }

        /** A genuine identity that no account has proved to own: the message says how to link it. */
        record NotLinked(String message) implements Finished {
        }

        /** Forged, expired or replayed answers, a wrong state, an identity already linked elsewhere… */
        record Refused(String message) implements Finished {
        }

        record Unavailable(String message) implements Finished {
        }
    }

    private final AccountsPorts ports;
    private final Sessions sessions;
    private final IdentityProvider provider;
    private final FranceConnectLinks links;
    private final FranceConnectAttempts attempts;

    public FranceConnectSignIn(AccountsPorts ports, Sessions sessions, IdentityProvider provider, FranceConnectLinks links,
                               FranceConnectAttempts attempts) {
        this.ports = ports;
        this.sessions = sessions;
        this.provider = provider;
        this.links = links;
        this.attempts = attempts;
    }

    /** «S'identifier avec FranceConnect» on the sign-in page. */
    public Started startSignIn() {
        String state = ports.tokenGenerator().newToken();
        String nonce = ports.tokenGenerator().newToken();
        return start(FranceConnectAttempt.signIn(state, nonce, ports.clock().instant()), state);
    }

    /** «Lier mon compte à FranceConnect» in «Mon compte»: the password typed again proves the account is the parent's. */
    public Started startLink(Actor actor, String password) {
        var account = ports.accounts().find(actor.accountId()).filter(Account::canSignIn).orElseThrow(Actor.NotAllowed::new);
        // the same throttle as the sign-in form: this form must not become a way around it to guess the password
        String key = "account:" + account.id();
        Instant now = ports.clock().instant();
        LoginThrottle throttle = ports.throttles().find(key);
        long wait = throttle.secondsLeft(now);
        if (wait > 0) return new Started.Refused("Trop de tentatives : réessayez dans " + wait + " seconde" + (wait > 1 ? "s" : "") + ".");
        if (!ports.hasher().matches(password == null ? "" : password, account.passwordHash())) {
            ports.throttles().save(key, throttle.afterFailure(now));
            return new Started.Refused(WRONG_PASSWORD);
        }
        ports.throttles().clear(key);
        String state = ports.tokenGenerator().newToken();
        return start(FranceConnectAttempt.link(account.id(), state, ports.tokenGenerator().newToken(), ports.clock().instant()), state);
    }

    private Started start(FranceConnectAttempt attempt, String state) {
        Optional<URI> page = provider.authorizationPage(state, attempt.nonce());
        if (page.isEmpty()) return new Started.Refused(UNAVAILABLE);
        // the table holds only attempts of the last minutes: each start sweeps the older ones
        attempts.deleteStartedBefore(attempt.startedAt().minus(FranceConnectAttempt.LIFETIME));
        attempts.save(attempt);
        return new Started.Redirect(page.get(), state);
    }

    /**
     * The callback: FranceConnect sent the browser back with {@code state} and {@code code} (or {@code error}).
     *
     * @param browserState the state this browser kept in its cookie when it left
     * @param rawSessionId the portal session the browser already has (a parent linking their account), or null
     */
    public Finished finish(String state, String browserState, String code, String error, String rawSessionId, String clientAddress) {
        if (state == null || state.isBlank() || state.length() > 200 || browserState == null
                || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), browserState.getBytes(StandardCharsets.UTF_8))) {
            return new Finished.Refused(WRONG_STATE);
        }
        Instant now = ports.clock().instant();
        var attempt = attempts.take(TokenHash.of(state)).filter(a -> !a.isExpired(now));
        if (attempt.isEmpty()) return new Finished.Refused(WRONG_STATE);
        if (error != null && !error.isBlank() || code == null || code.isBlank()) return new Finished.Refused(CANCELLED);

        return switch (provider.identify(code, attempt.get().nonce())) {
            case IdentityProvider.Answer.Unavailable unavailable -> new Finished.Unavailable(UNAVAILABLE);
            case IdentityProvider.Answer.Rejected rejected -> {
                ports.audit().record(new AuditEvent(AuditEventType.LOGIN_FAILED, null, attempt.get().accountId(), now, clientAddress,
                        "FranceConnect : réponse refusée (" + rejected.reason() + ")"));
                yield new Finished.Refused(message(rejected.reason()));
            }
            case IdentityProvider.Answer.Identified identified -> switch (attempt.get().purpose()) {
                case SIGN_IN -> signIn(identified, now, clientAddress);
                case LINK -> link(attempt.get().accountId(), identified, rawSessionId, now, clientAddress);
            };
        };
    }

    private Finished signIn(IdentityProvider.Answer.Identified identity, Instant now, String clientAddress) {
        var account = links.accountOf(identity.subject()).flatMap(ports.accounts()::find).filter(Account::canSignIn);
        if (account.isEmpty()) return new Finished.NotLinked(NOT_LINKED);
        return ports.transactions().inTransaction(() -> {
            ports.audit().record(new AuditEvent(AuditEventType.LOGIN_SUCCEEDED, account.get().id(), account.get().id(), now, clientAddress,
                    "FranceConnect"));
            String sessionId = sessions.start(account.get());
            attempts.rememberIdToken(TokenHash.of(sessionId), identity.idToken());
            return new Finished.SignedIn(account.get(), sessionId);
        });
    }

    private Finished link(long accountId, IdentityProvider.Answer.Identified identity, String rawSessionId, Instant now, String clientAddress) {
        // the account must still be the one signed in in this browser: a link started elsewhere does not land here
        var signedIn = rawSessionId == null ? Optional.<Sessions.SignedIn>empty() : sessions.resolve(rawSessionId);
        if (signedIn.isEmpty() || signedIn.get().account().id() != accountId) return new Finished.Refused(WRONG_STATE);
        return ports.transactions().inTransaction(() -> {
            if (links.accountOf(identity.subject()).filter(other -> other != accountId).isPresent()) return new Finished.Refused(LINKED_ELSEWHERE);
            links.unlink(accountId); // linking again replaces the account's former identity
            links.link(accountId, identity.subject(), now);
            ports.audit().record(new AuditEvent(AuditEventType.FRANCECONNECT_LINKED, accountId, accountId, now, clientAddress, null));
            // the parent is now signed in at FranceConnect too: signing out of the portal ends that session as well
            attempts.rememberIdToken(TokenHash.of(rawSessionId), identity.idToken());
            return new Finished.Linked(accountId);
        });
    }

    /** «Délier» in «Mon compte»: the password alone signs the parent in again. */
    public boolean unlink(Actor actor) {
        return ports.transactions().inTransaction(() -> {
            boolean unlinked = links.unlink(actor.accountId());
            if (unlinked) {
                ports.audit().record(new AuditEvent(AuditEventType.FRANCECONNECT_UNLINKED, actor.accountId(), actor.accountId(),
                        ports.clock().instant(), actor.origin(), null));
            }
            return unlinked;
        });
    }

    /** When the actor's account was linked to FranceConnect, if it is. */
    public Optional<Instant> linkedSince(Actor actor) {
        return links.linkedSince(actor.accountId());
    }

    /**
     * Sign-out of a session started or linked through FranceConnect: FranceConnect's end-of-session page (with the ID
     * token as hint and a fresh state), to send the browser to once the portal session is ended. Empty for a session
     * of the password alone, or when FranceConnect cannot be reached (the portal session ends all the same).
     */
    public Optional<URI> signOut(String rawSessionId) {
        if (rawSessionId == null || rawSessionId.isBlank() || rawSessionId.length() > 200) return Optional.empty();
        return attempts.takeIdToken(TokenHash.of(rawSessionId))
                .flatMap(idToken -> provider.endSessionPage(idToken, ports.tokenGenerator().newToken()));
    }

    static String message(IdentityProvider.Reason reason) {
        return switch (reason) {
            case FORGED -> "La réponse de FranceConnect n'a pas pu être authentifiée (signature invalide) : vous n'êtes pas connecté. "
                    + "Recommencez ; si cela se reproduit, connectez-vous avec votre identifiant et votre mot de passe.";
            case EXPIRED -> "La réponse de FranceConnect est arrivée trop tard (jeton expiré) : vous n'êtes pas connecté. Recommencez.";
            case WRONG_NONCE -> "La réponse de FranceConnect ne correspond pas à cette connexion (jeton rejoué ou destiné à une autre "
                    + "connexion) : vous n'êtes pas connecté. Recommencez.";
            case WRONG_ISSUER_OR_AUDIENCE -> "La réponse ne vient pas de FranceConnect ou n'est pas destinée à ce portail : vous n'êtes pas connecté.";
            case INSUFFICIENT_LEVEL -> "Le niveau de sécurité de cette identification est insuffisant pour ce portail : choisissez un autre "
                    + "compte sur FranceConnect, ou connectez-vous avec votre identifiant et votre mot de passe.";
            case CODE_REFUSED -> "FranceConnect a refusé de confirmer cette connexion (code déjà utilisé ou expiré) : vous n'êtes pas connecté. "
                    + "Recommencez.";
        };
    }
}
