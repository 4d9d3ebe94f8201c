package fr.portailfamille.application.accounts.port;

import java.net.URI;
import java.util.Optional;

/**
 * Out-port: FranceConnect, the State's identity provider, as OpenID Connect sees it. The adapter does the protocol and
 * its cryptography (signature against the provider's published keys, issuer, audience, expiry, nonce, eIDAS level);
 * the use cases keep the state and nonce, and decide what an identity may do on the portal.
 */
public interface IdentityProvider {

    /** The provider's authorization page for this state and nonce; empty when the provider cannot be reached. */
    Optional<URI> authorizationPage(String state, String nonce);

    /** Exchanges the code the browser brought back and checks the ID token received for it. */
    Answer identify(String code, String nonce);

    /** The provider's end-of-session page for the identity of this ID token; empty when the provider cannot be reached. */
    Optional<URI> endSessionPage(String idToken, String state);

    sealed interface Answer {
        /**
         * @param subject the provider's stable identifier of the person for this portal ({@code sub})
         * @param idToken the raw ID token, kept to end the provider's session at sign-out ({@code id_token_hint})
         */
        record Identified(String subject, String idToken) implements Answer {
        }

        /** The provider answered, but what came back must not be believed. */
        record Rejected(Reason reason) implements Answer {
        }

        /** The provider could not be reached, or answered with an error of its own. */
        record Unavailable(String detail) implements Answer {
        }
    }

    /** Why an answer is not believed. */
    enum Reason {
        /** The signature does not verify with the provider's published keys (or no acceptable algorithm). */
        FORGED,
        /** The ID token is past its expiry. */
        EXPIRED,
        /** The nonce is not the one this sign-in sent: a token from another sign-in, replayed. */
        WRONG_NONCE,
        /** Issued by someone else, or for another client. */
        WRONG_ISSUER_OR_AUDIENCE,
        /** The eIDAS level is below the one asked for. */
        INSUFFICIENT_LEVEL,
        /** The provider refused the code (already used, expired, unknown) or sent something unreadable. */
        CODE_REFUSED
    }
}
