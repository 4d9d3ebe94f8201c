package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.PasswordPolicy;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.accounts.TokenCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Ma première connexion» and the agent's side, on in-memory adapters. */
class AccountJourneyTest {

    static final String PASSWORD = "Une-Phrase-De-Passe-2026";

    final InMemoryAccountsPorts memory = new InMemoryAccountsPorts();
    final AccountsPorts ports = memory.ports;
    final Sessions sessions = new Sessions(ports);
    final CreateAccount createAccount = new CreateAccount(ports);
    final ActivateAccount activation = new ActivateAccount(ports, sessions);
    final Actor agent = staff(Role.AGENT, "agent@villepreux.fr");

    Actor staff(Role role, String email) {
        var account = ports.accounts().add(Account.create(ports.accounts().nextLoginId(), EmailAddress.parse(email).orElseThrow(),
                "AGENT", "Anne", role, memory.clock.instant()));
        var active = ((ActivationOutcome.Activated) account.activate(ports.hasher().hash(PASSWORD), 1, memory.clock.instant())).account();
        ports.accounts().update(active);
        return Actor.of(active);
    }

    Account createParent(String email) {
        var result = createAccount.create(agent, new CreateAccount.Command("Messiers", "Test", email, Role.PARENT), "10.0.0.1");
        return assertInstanceOf(CreateAccount.Result.Created.class, result).account();
    }

    String lastLink(String pathPart) {
        var text = memory.outbox.latest(1).getFirst().mail().textBody();
        var matcher = Pattern.compile("https://portail\\.villepreux\\.fr" + pathPart + "([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(matcher.find(), "no link in " + text);
        return matcher.group(1);
    }

    @Test
    void an_agent_creates_an_account_which_gets_a_login_id_and_an_activation_mail() {
        var account = createParent("famille@exemple.fr");
        assertEquals(AccountStatus.PENDING_ACTIVATION, account.status());
        assertTrue(account.loginId() >= 1001);
        var mail = memory.outbox.latest(1).getFirst().mail();
        assertEquals("famille@exemple.fr", mail.to());
        assertEquals("espace.services@villepreux.fr", mail.from());
        assertEquals("Création compte portail famille – Mairie de Villepreux", mail.subject());
        assertTrue(mail.textBody().contains("loginId=" + account.loginId()));
        // the parent's name as written (never the bare surname) and the link's last moment in the town's words: 08:00 UTC + 168 h
        assertTrue(mail.textBody().contains("displayName=" + account.displayName() + ","), mail.textBody());
        assertTrue(mail.textBody().contains("expiresAt=mardi 8 septembre 2026 à 10 h]"), mail.textBody());
        assertEquals(AuditEventType.ACCOUNT_CREATED, ports.audit().latest(account.id(), 10).getFirst().type());
    }

    @Test
    void only_staff_create_accounts_and_only_an_admin_creates_staff() {
        var parent = createParent("parent@exemple.fr");
        var parentActor = new Actor(parent.id(), Role.PARENT);
        var command = new CreateAccount.Command("X", "Y", "x@exemple.fr", Role.PARENT);
        assertThrows(Actor.NotAllowed.class, () -> createAccount.create(parentActor, command, null));
        assertThrows(Actor.NotAllowed.class, () -> createAccount.create(agent, new CreateAccount.Command("X", "Y", "x@exemple.fr", Role.AGENT), null));
        var admin = staff(Role.ADMIN, "admin@villepreux.fr");
        assertInstanceOf(CreateAccount.Result.Created.class, createAccount.create(admin, new CreateAccount.Command("X", "Y", "x@exemple.fr", Role.AGENT), null));
    }

    @Test
    void bad_input_gets_french_messages_and_creates_nothing() {
        int mailsBefore = memory.outbox.latest(100).size();
        var result = createAccount.create(agent, new CreateAccount.Command(" ", "", "pas-une-adresse", Role.PARENT), null);
        var errors = assertInstanceOf(CreateAccount.Result.Invalid.class, result).errors().asMap();
        assertEquals("Le champ « Nom » est obligatoire.", errors.get("lastName"));
        assertEquals(EmailAddress.INVALID, errors.get("email"));
        assertEquals(mailsBefore, memory.outbox.latest(100).size());
        createParent("double@exemple.fr");
        var duplicate = createAccount.create(agent, new CreateAccount.Command("A", "B", "DOUBLE@exemple.fr", Role.PARENT), null);
        assertEquals(CreateAccount.EMAIL_TAKEN, assertInstanceOf(CreateAccount.Result.Invalid.class, duplicate).errors().asMap().get("email"));
    }

    @Test
    void the_link_shows_the_cgu_then_acceptance_and_a_good_password_activate_and_sign_in() {
        var account = createParent("famille@exemple.fr");
        String token = lastLink("/activation/");
        var opened = assertInstanceOf(ActivateAccount.Opened.Ready.class, activation.open(token, "10.0.0.2"));
        assertEquals(1, opened.terms().version());

        var notAccepted = activation.activate(token, false, PASSWORD, PASSWORD, "10.0.0.2");
        assertEquals(ActivateAccount.TERMS_REQUIRED, assertInstanceOf(ActivateAccount.Result.Invalid.class, notAccepted).errors().asMap().get("acceptTerms"));
        var weak = activation.activate(token, true, "azertyuiop", "azertyuiop", "10.0.0.2");
        assertEquals(PasswordPolicy.TOO_COMMON, assertInstanceOf(ActivateAccount.Result.Invalid.class, weak).errors().asMap().get("password"));
        var mismatch = activation.activate(token, true, PASSWORD, PASSWORD + "x", "10.0.0.2");
        assertEquals(PasswordPolicy.MISMATCH, assertInstanceOf(ActivateAccount.Result.Invalid.class, mismatch).errors().asMap().get("confirmation"));

        var activated = assertInstanceOf(ActivateAccount.Result.Activated.class, activation.activate(token, true, PASSWORD, PASSWORD, "10.0.0.2"));
        assertEquals(AccountStatus.ACTIVE, ports.accounts().find(account.id()).orElseThrow().status());
        var signedIn = sessions.resolve(activated.sessionId()).orElseThrow();
        assertEquals(account.id(), signedIn.account().id());
        assertFalse(signedIn.mustAcceptTerms());
        assertEquals(1, ports.acceptances().forAccount(account.id()).getFirst().version());

        var again = activation.activate(token, true, PASSWORD, PASSWORD, "10.0.0.2");
        assertEquals(TokenCheck.AlreadyUsed.MESSAGE, assertInstanceOf(ActivateAccount.Result.Refused.class, again).message());
    }

    @Test
    void an_expired_or_forged_link_is_refused_with_a_french_reason() {
        createParent("famille@exemple.fr");
        String token = lastLink("/activation/");
        assertEquals(TokenCheck.Unknown.MESSAGE, assertInstanceOf(ActivateAccount.Opened.Refused.class, activation.open("forged-" + token, "10.0.0.2")).message());
        memory.clock.advance(Duration.ofHours(168));
        assertEquals(TokenCheck.Expired.MESSAGE, assertInstanceOf(ActivateAccount.Opened.Refused.class, activation.open(token, "10.0.0.2")).message());
        assertInstanceOf(ActivateAccount.Result.Refused.class, activation.activate(token, true, PASSWORD, PASSWORD, null));
    }

    @Test
    void resending_the_activation_invalidates_the_previous_link() {
        var account = createParent("famille@exemple.fr");
        String first = lastLink("/activation/");
        assertTrue(new ResendActivation(ports).resend(agent, account.id(), null).isEmpty());
        String second = lastLink("/activation/");
        assertInstanceOf(ActivateAccount.Opened.Refused.class, activation.open(first, "10.0.0.2"));
        assertInstanceOf(ActivateAccount.Opened.Ready.class, activation.open(second, "10.0.0.2"));
    }

    @Test
    void accounts_never_activated_are_purged_after_the_validity_unless_a_live_link_was_resent() {
        var forgotten = createParent("oubli@exemple.fr");
        memory.clock.advance(Duration.ofHours(100));
        var resent = createParent("relance@exemple.fr");
        memory.clock.advance(Duration.ofHours(67));
        var purge = new PurgeExpiredAccounts(ports);
        assertEquals(0, purge.run(), "167 h: not yet");
        memory.clock.advance(Duration.ofHours(1));
        new ResendActivation(ports).resend(agent, resent.id(), null);
        memory.clock.advance(Duration.ofHours(150)); // both are older than 168 h now, but the resent link lives until 336 h
        assertEquals(1, purge.run());
        assertEquals(AccountStatus.PURGED, ports.accounts().find(forgotten.id()).orElseThrow().status());
        assertEquals(AccountStatus.PENDING_ACTIVATION, ports.accounts().find(resent.id()).orElseThrow().status());
        assertEquals(AuditEventType.ACCOUNT_PURGED, ports.audit().latest(forgotten.id(), 1).getFirst().type());
    }
}
