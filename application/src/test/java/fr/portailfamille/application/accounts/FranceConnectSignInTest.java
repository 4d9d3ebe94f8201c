package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.FranceConnectAttempt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static fr.portailfamille.application.accounts.AccountJourneyTest.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking a FranceConnect identity, signing in with it, unlinking, signing out: on in-memory adapters. */
class FranceConnectSignInTest {

    private static final String MARIE = "sub-marie";

    final AccountJourneyTest journey = new AccountJourneyTest();
    final AccountsPorts ports = journey.ports;
    final Sessions sessions = journey.sessions;
    final ScriptedIdentityProvider provider = new ScriptedIdentityProvider();
    final InMemoryFranceConnectLinks links = new InMemoryFranceConnectLinks();
    final InMemoryFranceConnectAttempts attempts = new InMemoryFranceConnectAttempts();
    final FranceConnectSignIn franceConnect = new FranceConnectSignIn(ports, sessions, provider, links, attempts);
    Account parent;
    Actor actor;
    String session;

    @BeforeEach
    void a_signed_in_parent() {
        parent = journey.createParent("famille@exemple.fr");
        var activated = journey.activation.activate(journey.lastLink("/activation/"), true, PASSWORD, PASSWORD, null);
        session = assertInstanceOf(ActivateAccount.Result.Activated.class, activated).sessionId();
        parent = ports.accounts().find(parent.id()).orElseThrow();
        actor = Actor.of(parent);
    }

    private FranceConnectSignIn.Started.Redirect redirect(FranceConnectSignIn.Started started) {
        return assertInstanceOf(FranceConnectSignIn.Started.Redirect.class, started);
    }

    private String lastNonce() {
        return provider.nonces.getLast();
    }

    private void link() {
        var trip = redirect(franceConnect.startLink(actor, PASSWORD));
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token-link"));
        assertInstanceOf(FranceConnectSignIn.Finished.Linked.class, franceConnect.finish(trip.state(), trip.state(), "code", null, session, "10.0.0.1"));
    }

    @Test
    void a_parent_links_with_the_password_then_signs_in_with_franceconnect_alone() {
        link();
        assertEquals(new ScriptedIdentityProvider.Asked("code", provider.nonces.getFirst()), provider.asked.getFirst(), "the nonce sent is the one checked");
        assertTrue(links.linkedSince(parent.id()).isPresent());
        assertEquals(AuditEventType.FRANCECONNECT_LINKED, ports.audit().latest(parent.id(), 1).getFirst().type());

        var trip = redirect(franceConnect.startSignIn());
        assertTrue(trip.page().toString().contains("state=" + trip.state()));
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token-2"));
        var signedIn = assertInstanceOf(FranceConnectSignIn.Finished.SignedIn.class,
                franceConnect.finish(trip.state(), trip.state(), "code-2", null, null, "10.0.0.1"));
        assertEquals(parent.id(), signedIn.account().id());
        assertEquals(parent.id(), sessions.resolve(signedIn.sessionId()).orElseThrow().account().id());
    }

    @Test
    void linking_needs_the_accounts_password_and_never_starts_without() {
        var refused = assertInstanceOf(FranceConnectSignIn.Started.Refused.class, franceConnect.startLink(actor, "pas-le-bon"));
        assertEquals(FranceConnectSignIn.WRONG_PASSWORD, refused.message());
        assertTrue(provider.nonces.isEmpty(), "FranceConnect was not even asked");
        for (int i = 0; i < 4; i++) franceConnect.startLink(actor, "pas-le-bon-" + i);
        var throttled = assertInstanceOf(FranceConnectSignIn.Started.Refused.class, franceConnect.startLink(actor, PASSWORD));
        assertTrue(throttled.message().startsWith("Trop de tentatives"), throttled.message());
    }

    @Test
    void an_identity_linked_to_no_account_is_told_how_to_link_it_whatever_its_name() {
        var trip = redirect(franceConnect.startSignIn());
        provider.answer(new IdentityProvider.Answer.Identified("sub-of-someone-called-marie-dupont", "id-token"));
        var notLinked = assertInstanceOf(FranceConnectSignIn.Finished.NotLinked.class,
                franceConnect.finish(trip.state(), trip.state(), "code", null, null, "10.0.0.1"));
        assertTrue(notLinked.message().contains("« Mon compte »"), notLinked.message());
    }

    @Test
    void a_wrong_or_missing_state_or_a_state_from_another_browser_is_refused_before_franceconnect_is_asked() {
        var trip = redirect(franceConnect.startSignIn());
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.WRONG_STATE),
                franceConnect.finish(trip.state(), "another-browser", "code", null, null, "10.0.0.1"));
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.WRONG_STATE),
                franceConnect.finish("forged", "forged", "code", null, null, "10.0.0.1"));
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.WRONG_STATE),
                franceConnect.finish(null, null, "code", null, null, "10.0.0.1"));
        assertTrue(provider.asked.isEmpty());
    }

    @Test
    void a_callback_replayed_or_too_late_is_refused() {
        link();
        var trip = redirect(franceConnect.startSignIn());
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token"));
        assertInstanceOf(FranceConnectSignIn.Finished.SignedIn.class, franceConnect.finish(trip.state(), trip.state(), "code", null, null, "a"));
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.WRONG_STATE),
                franceConnect.finish(trip.state(), trip.state(), "code", null, null, "a"), "the state served once");

        var late = redirect(franceConnect.startSignIn());
        journey.memory.clock.advance(FranceConnectAttempt.LIFETIME);
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.WRONG_STATE),
                franceConnect.finish(late.state(), late.state(), "code", null, null, "a"));
    }

    @Test
    void each_answer_franceconnect_gives_that_cannot_be_believed_is_refused_with_its_reason_and_journaled() {
        link();
        for (var reason : IdentityProvider.Reason.values()) {
            var trip = redirect(franceConnect.startSignIn());
            provider.answer(new IdentityProvider.Answer.Rejected(reason));
            var refused = assertInstanceOf(FranceConnectSignIn.Finished.Refused.class,
                    franceConnect.finish(trip.state(), trip.state(), "code", null, null, "10.0.0.1"));
            assertEquals(FranceConnectSignIn.message(reason), refused.message());
            assertTrue(refused.message().contains("FranceConnect") || refused.message().contains("niveau"), refused.message());
        }
    }

    @Test
    void a_cancelled_trip_and_franceconnect_down_leave_the_parent_signed_out_with_a_french_message() {
        var cancelled = redirect(franceConnect.startSignIn());
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.CANCELLED),
                franceConnect.finish(cancelled.state(), cancelled.state(), null, "access_denied", null, "a"));
        var trip = redirect(franceConnect.startSignIn());
        provider.down = true;
        assertEquals(new FranceConnectSignIn.Finished.Unavailable(FranceConnectSignIn.UNAVAILABLE),
                franceConnect.finish(trip.state(), trip.state(), "code", null, null, "a"));
        assertEquals(new FranceConnectSignIn.Started.Refused(FranceConnectSignIn.UNAVAILABLE), franceConnect.startSignIn());
    }

    @Test
    void an_identity_linked_to_one_account_cannot_be_linked_to_another() {
        link();
        var other = journey.createParent("autre@exemple.fr");
        var activated = assertInstanceOf(ActivateAccount.Result.Activated.class,
                journey.activation.activate(journey.lastLink("/activation/"), true, PASSWORD, PASSWORD, null));
        var trip = redirect(franceConnect.startLink(new Actor(other.id(), other.role()), PASSWORD));
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token"));
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.LINKED_ELSEWHERE),
                franceConnect.finish(trip.state(), trip.state(), "code", null, activated.sessionId(), "a"));
        assertEquals(Optional.of(parent.id()), links.accountOf(MARIE));
    }

    @Test
    void a_link_finished_in_a_browser_signed_in_as_someone_else_is_refused() {
        var trip = redirect(franceConnect.startLink(actor, PASSWORD));
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token"));
        assertEquals(new FranceConnectSignIn.Finished.Refused(FranceConnectSignIn.WRONG_STATE),
                franceConnect.finish(trip.state(), trip.state(), "code", null, null, "a"));
        assertEquals(Optional.empty(), links.accountOf(MARIE));
    }

    @Test
    void unlinking_leaves_franceconnect_unable_to_sign_in() {
        link();
        assertTrue(franceConnect.unlink(actor));
        assertEquals(AuditEventType.FRANCECONNECT_UNLINKED, ports.audit().latest(parent.id(), 1).getFirst().type());
        var trip = redirect(franceConnect.startSignIn());
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token"));
        assertInstanceOf(FranceConnectSignIn.Finished.NotLinked.class, franceConnect.finish(trip.state(), trip.state(), "code", null, null, "a"));
    }

    @Test
    void signing_out_of_a_franceconnect_session_ends_it_at_franceconnect_with_the_id_token_once() {
        link();
        var trip = redirect(franceConnect.startSignIn());
        provider.answer(new IdentityProvider.Answer.Identified(MARIE, "id-token-2"));
        var signedIn = assertInstanceOf(FranceConnectSignIn.Finished.SignedIn.class,
                franceConnect.finish(trip.state(), trip.state(), "code", null, null, "a"));
        var logout = franceConnect.signOut(signedIn.sessionId()).orElseThrow().toString();
        assertTrue(logout.startsWith("https://fc.example/session/end?id_token_hint=id-token-2&state=token-"), logout);
        assertEquals(Optional.empty(), franceConnect.signOut(signedIn.sessionId()));
        assertTrue(franceConnect.signOut(session).isPresent(), "the session that linked is a FranceConnect session too");
        journey.memory.clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), franceConnect.signOut("a-password-session"));
    }
}
