package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.TokenCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static fr.portailfamille.application.accounts.AccountJourneyTest.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Sign-in, sessions, throttling, CGU versions, forgotten password and «Mon compte», on in-memory adapters. */
class SignInAndAccountTest {

    final AccountJourneyTest journey = new AccountJourneyTest();
    final AccountsPorts ports = journey.ports;
    final Sessions sessions = journey.sessions;
    final SignIn signIn = new SignIn(ports, sessions);
    Account parent;
    Actor parentActor;

    @BeforeEach
    void an_activated_parent() {
        parent = journey.createParent("famille@exemple.fr");
        var token = journey.lastLink("/activation/");
        journey.activation.activate(token, true, PASSWORD, PASSWORD, null);
        parent = ports.accounts().find(parent.id()).orElseThrow();
        parentActor = Actor.of(parent);
    }

    @Test
    void signs_in_with_the_login_id_or_the_email_and_out_again() {
        var byLoginId = assertInstanceOf(SignIn.Result.SignedIn.class, signIn.signIn(String.valueOf(parent.loginId()), PASSWORD, "10.0.0.1"));
        assertInstanceOf(SignIn.Result.SignedIn.class, signIn.signIn(" FAMILLE@exemple.fr ", PASSWORD, "10.0.0.1"));
        assertTrue(sessions.resolve(byLoginId.sessionId()).isPresent());
        sessions.end(byLoginId.sessionId(), "10.0.0.1");
        assertTrue(sessions.resolve(byLoginId.sessionId()).isEmpty());
    }

    @Test
    void a_wrong_password_and_an_unknown_identifier_get_the_same_answer() {
        var wrong = assertInstanceOf(SignIn.Result.Refused.class, signIn.signIn("famille@exemple.fr", "mauvais-mot-de-passe", "10.0.0.1"));
        var unknown = assertInstanceOf(SignIn.Result.Refused.class, signIn.signIn("personne@exemple.fr", "mauvais-mot-de-passe", "10.0.0.2"));
        assertEquals(SignIn.REFUSED, wrong.message());
        assertEquals(wrong.message(), unknown.message());
        assertEquals(AuditEventType.LOGIN_FAILED, ports.audit().latest(parent.id(), 1).getFirst().type());
    }

    @Test
    void five_failures_bring_a_delay_of_ten_seconds_even_for_the_right_password() {
        for (int i = 0; i < 5; i++) signIn.signIn("famille@exemple.fr", "mauvais-" + i, "10.0.0.1");
        var throttled = assertInstanceOf(SignIn.Result.Refused.class, signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1"));
        assertTrue(throttled.message().contains("réessayez dans 10 secondes"), throttled.message());
        journey.memory.clock.advance(Duration.ofSeconds(10));
        assertInstanceOf(SignIn.Result.SignedIn.class, signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1"));
    }

    @Test
    void one_address_trying_many_identifiers_is_slowed_down_too() {
        for (int i = 0; i < 5; i++) signIn.signIn("inconnu" + i + "@exemple.fr", "x", "203.0.113.9");
        var throttled = assertInstanceOf(SignIn.Result.Refused.class, signIn.signIn("famille@exemple.fr", PASSWORD, "203.0.113.9"));
        assertTrue(throttled.message().startsWith("Trop de tentatives"));
        assertInstanceOf(SignIn.Result.SignedIn.class, signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1"));
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_and_after_twelve_hours_in_any_case() {
        var idle = ((SignIn.Result.SignedIn) signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1")).sessionId();
        journey.memory.clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.resolve(idle).isPresent());
        journey.memory.clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.resolve(idle).isPresent(), "used 29 minutes ago");
        journey.memory.clock.advance(Duration.ofMinutes(30));
        assertTrue(sessions.resolve(idle).isEmpty(), "idle for 30 minutes");

        var busy = ((SignIn.Result.SignedIn) signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1")).sessionId();
        for (int i = 0; i < 29; i++) { // up to 11 h 40, never idle for more than 25 minutes
            assertTrue(sessions.resolve(busy).isPresent(), "after " + i * 25 + " minutes");
            journey.memory.clock.advance(Duration.ofMinutes(25));
        }
        // now 12 h 05 after sign-in, used 25 minutes ago
        assertTrue(sessions.resolve(busy).isEmpty());
    }

    @Test
    void a_new_cgu_version_must_be_accepted_before_anything_else() {
        var session = ((SignIn.Result.SignedIn) signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1")).sessionId();
        var terms = new TermsOfUseUseCases(ports);
        var admin = journey.staff(fr.portailfamille.domain.accounts.Role.ADMIN, "admin@villepreux.fr");
        assertInstanceOf(TermsOfUseUseCases.Publication.Published.class, terms.publish(admin, "CGU", "Nouveau texte", null));
        assertTrue(sessions.resolve(session).orElseThrow().mustAcceptTerms());
        assertFalse(terms.accept(parentActor, 1, null), "an old version is not accepted");
        assertTrue(terms.accept(parentActor, 2, "10.0.0.1"));
        assertFalse(sessions.resolve(session).orElseThrow().mustAcceptTerms());
        assertEquals(2, ports.acceptances().forAccount(parent.id()).size());
        assertInstanceOf(TermsOfUseUseCases.Publication.Invalid.class, terms.publish(admin, "", "", null));
        org.junit.jupiter.api.Assertions.assertThrows(Actor.NotAllowed.class, () -> terms.publish(parentActor, "CGU", "texte", null));
    }

    @Test
    void a_forgotten_password_gets_the_same_answer_whether_the_account_exists_or_not() {
        var reset = new PasswordReset(ports);
        int mails = journey.memory.outbox.latest(100).size();
        assertEquals(PasswordReset.REQUESTED, reset.request("personne@exemple.fr", null));
        assertEquals(mails, journey.memory.outbox.latest(100).size());
        assertEquals(PasswordReset.REQUESTED, reset.request(String.valueOf(parent.loginId()), null));
        assertEquals(mails + 1, journey.memory.outbox.latest(100).size());
    }

    @Test
    void the_reset_link_works_once_within_the_hour_and_ends_the_open_sessions() {
        var session = ((SignIn.Result.SignedIn) signIn.signIn("famille@exemple.fr", PASSWORD, "10.0.0.1")).sessionId();
        var reset = new PasswordReset(ports);
        reset.request("famille@exemple.fr", null);
        String token = journey.lastLink("/mot-de-passe/nouveau/");
        assertInstanceOf(PasswordReset.Result.Invalid.class, reset.reset(token, "court", "court", null));
        assertInstanceOf(PasswordReset.Result.Done.class, reset.reset(token, "Autre-Phrase-De-Passe-2027", "Autre-Phrase-De-Passe-2027", null));
        assertTrue(sessions.resolve(session).isEmpty());
        assertEquals(TokenCheck.AlreadyUsed.MESSAGE, ((PasswordReset.Result.Refused) reset.reset(token, "Encore-Une-Autre-2028", "Encore-Une-Autre-2028", null)).message());
        assertInstanceOf(SignIn.Result.SignedIn.class, signIn.signIn("famille@exemple.fr", "Autre-Phrase-De-Passe-2027", "10.0.0.1"));

        reset.request("famille@exemple.fr", null);
        String late = journey.lastLink("/mot-de-passe/nouveau/");
        journey.memory.clock.advance(Duration.ofMinutes(60));
        assertEquals(TokenCheck.Expired.MESSAGE, reset.refusal(late, "10.0.0.3").orElseThrow());
    }

    @Test
    void changing_the_password_requires_the_current_one() {
        var myAccount = new MyAccount(ports);
        assertEquals("Le mot de passe actuel est incorrect.",
                myAccount.changePassword(parentActor, "faux", "Nouvelle-Phrase-2027", "Nouvelle-Phrase-2027", null).asMap().get("current"));
        assertTrue(myAccount.changePassword(parentActor, PASSWORD, "Nouvelle-Phrase-2027", "Nouvelle-Phrase-2027", null).isEmpty());
        assertInstanceOf(SignIn.Result.SignedIn.class, signIn.signIn("famille@exemple.fr", "Nouvelle-Phrase-2027", "10.0.0.1"));
        assertEquals(AuditEventType.PASSWORD_CHANGED, ports.audit().latest(parent.id(), 5).stream()
                .filter(e -> e.type() == AuditEventType.PASSWORD_CHANGED).findFirst().orElseThrow().type());
    }

    @Test
    void the_new_email_is_confirmed_from_its_own_inbox_and_the_old_address_is_told() {
        var myAccount = new MyAccount(ports);
        assertTrue(myAccount.requestEmailChange(parentActor, "nouvelle@exemple.fr", null).isEmpty());
        var confirmation = journey.memory.outbox.latest(1).getFirst().mail();
        assertEquals("nouvelle@exemple.fr", confirmation.to());
        String token = journey.lastLink("/mon-compte/courriel/");
        assertEquals("famille@exemple.fr", ports.accounts().find(parent.id()).orElseThrow().email().value(), "unchanged until confirmed");
        assertTrue(myAccount.confirmEmailChange(token, null).isEmpty());
        assertEquals("nouvelle@exemple.fr", ports.accounts().find(parent.id()).orElseThrow().email().value());
        var notice = journey.memory.outbox.latest(1).getFirst().mail();
        assertEquals("famille@exemple.fr", notice.to());
        assertTrue(myAccount.confirmEmailChange(token, null).isPresent(), "single use");
    }

    @Test
    void an_email_that_belongs_to_someone_else_gets_the_same_answer_but_no_mail() {
        journey.createParent("autre@exemple.fr");
        int mails = journey.memory.outbox.latest(100).size();
        assertTrue(new MyAccount(ports).requestEmailChange(parentActor, "autre@exemple.fr", null).isEmpty());
        assertEquals(mails, journey.memory.outbox.latest(100).size());
    }
}
