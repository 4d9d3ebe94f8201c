package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.accounts.port.IdentityProvider.Answer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link IdentityProvider}: the scripted one of the use-case tests and the FranceConnect client against the
 * simulator. A sign-in's code identifies its person once; an unknown code is refused; a provider that does not answer
 * is unavailable, not a refusal (the parent is told to try again, not that FranceConnect refused them). The checks of
 * the ID token itself (signature, expiry, nonce, audience, level) are the client's, tested against the simulator.
 */
public abstract class IdentityProviderContract {

    protected abstract IdentityProvider provider();

    /**
     * What a parent does on the provider's page opened at {@code page}: signs in as the fictional person
     * {@code person}; returns the code the browser brings back to the portal.
     */
    protected abstract String signsIn(URI page, String person);

    /** The provider stops answering. */
    protected abstract void goesDown();

    private static String query(URI page) {
        return Optional.ofNullable(page.getRawQuery()).orElse("");
    }

    @Test
    void the_authorization_page_carries_the_state_and_the_nonce() {
        var page = provider().authorizationPage("etat-1", "nonce-1").orElseThrow();
        assertTrue(query(page).contains("state=etat-1"), page.toString());
        assertTrue(query(page).contains("nonce=nonce-1"), page.toString());
    }

    @Test
    void a_sign_in_identifies_its_person_the_same_each_time_and_another_person_otherwise() {
        var first = assertInstanceOf(Answer.Identified.class,
                provider().identify(signsIn(provider().authorizationPage("s1", "n1").orElseThrow(), "marie"), "n1"));
        var again = assertInstanceOf(Answer.Identified.class,
                provider().identify(signsIn(provider().authorizationPage("s2", "n2").orElseThrow(), "marie"), "n2"));
        var other = assertInstanceOf(Answer.Identified.class,
                provider().identify(signsIn(provider().authorizationPage("s3", "n3").orElseThrow(), "karim"), "n3"));
        assertFalse(first.subject().isBlank());
        assertFalse(first.idToken().isBlank());
        assertEquals(first.subject(), again.subject());
        assertFalse(first.subject().equals(other.subject()), "two people, two subjects");
    }

    @Test
    void a_code_serves_once_and_an_unknown_code_is_refused() {
        String code = signsIn(provider().authorizationPage("s", "n").orElseThrow(), "marie");
        assertInstanceOf(Answer.Identified.class, provider().identify(code, "n"));
        assertEquals(new Answer.Rejected(IdentityProvider.Reason.CODE_REFUSED), provider().identify(code, "n"));
        assertEquals(new Answer.Rejected(IdentityProvider.Reason.CODE_REFUSED), provider().identify("code-jamais-donne", "n"));
    }

    @Test
    void a_provider_down_is_unavailable_not_a_refusal() {
        String code = signsIn(provider().authorizationPage("s", "n").orElseThrow(), "marie");
        goesDown();
        assertInstanceOf(Answer.Unavailable.class, provider().identify(code, "n"));
    }

    @Test
    void the_end_of_session_page_carries_the_id_token_and_the_state() {
        var identified = assertInstanceOf(Answer.Identified.class,
                provider().identify(signsIn(provider().authorizationPage("s", "n").orElseThrow(), "marie"), "n"));
        var end = provider().endSessionPage(identified.idToken(), "etat-de-sortie").orElseThrow();
        assertTrue(query(end).contains("id_token_hint=" + identified.idToken()), end.toString());
        assertTrue(query(end).contains("state=etat-de-sortie"), end.toString());
    }
}
