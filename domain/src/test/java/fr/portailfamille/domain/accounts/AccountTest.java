package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant LATER = T0.plus(Duration.ofDays(2));
    private static final EmailAddress EMAIL = EmailAddress.parse("marie.dupont@exemple.fr").orElseThrow();
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

    private static Account pending() {
        return Account.create(3154, EMAIL, "Dupont", "Marie-Claire", Role.PARENT, T0).withId(7);
    }

    private static Account active() {
        return ((ActivationOutcome.Activated) pending().activate(HASH, 1, LATER)).account();
    }

    @Test
    void a_created_account_waits_for_activation_without_a_password() {
        var account = Account.create(3154, EMAIL, "Dupont", "Marie-Claire", Role.PARENT, T0);
        assertEquals(0, account.id());
        assertEquals(AccountStatus.PENDING_ACTIVATION, account.status());
        assertNull(account.passwordHash());
        assertNull(account.activatedAt());
        assertEquals(0, account.acceptedTermsVersion());
        assertFalse(account.canSignIn());
        assertEquals(7, account.withId(7).id());
    }

    @Test
    void activating_a_pending_account_sets_password_terms_and_date() {
        var outcome = pending().activate(HASH, 3, LATER);
        var account = assertInstanceOf(ActivationOutcome.Activated.class, outcome).account();
        assertEquals(AccountStatus.ACTIVE, account.status());
        assertEquals(HASH, account.passwordHash());
        assertEquals(LATER, account.activatedAt());
        assertEquals(3, account.acceptedTermsVersion());
        assertTrue(account.canSignIn());
    }

    @Test
    void an_active_account_cannot_be_activated_again() {
        var outcome = active().activate("$argon2id$other", 1, LATER.plusSeconds(1));
        assertEquals(new ActivationOutcome.Refused(
                "Ce compte est déjà activé : connectez-vous avec votre identifiant et votre mot de passe."), outcome);
    }

    @Test
    void a_purged_account_cannot_be_activated() {
        var outcome = pending().purged().activate(HASH, 1, LATER);
        assertEquals(new ActivationOutcome.Refused("Ce compte a été supprimé : contactez l'Espace Services."), outcome);
    }

    @ParameterizedTest(name = "accepted {0}, current {1} → must accept: {2}")
    @CsvSource({
            "0, 0, false",
            "0, 1, true",
            "1, 1, false",
            "1, 2, true",
            "2, 1, false",
            "3, 0, false",
    })
    void terms_must_be_accepted_when_a_newer_version_is_published(int accepted, int current, boolean mustAccept) {
        var account = accepted == 0 ? pending() : pending().acceptTerms(accepted);
        assertEquals(mustAccept, account.mustAcceptTerms(current));
    }

    @Test
    void staff_are_never_asked_to_accept_the_families_terms() {
        for (Role staff : new Role[] {Role.AGENT, Role.ADMIN}) {
            var agent = Account.create(1002, EMAIL, "ROUSSEL", "Paul", staff, T0);
            assertFalse(agent.mustAcceptTerms(2), staff.name());
        }
    }

    @Test
    void accepting_older_terms_keeps_the_newer_acceptance() {
        assertEquals(3, pending().acceptTerms(3).acceptTerms(2).acceptedTermsVersion());
        assertEquals(4, pending().acceptTerms(3).acceptTerms(4).acceptedTermsVersion());
    }

    @Test
    void activation_expires_exactly_at_the_end_of_its_validity() {
        var validity = Duration.ofHours(168);
        var end = T0.plus(validity);
        assertFalse(pending().isActivationExpired(end.minusNanos(1), validity));
        assertTrue(pending().isActivationExpired(end, validity));
        assertFalse(active().isActivationExpired(end.plusSeconds(1), validity), "an activated account never expires");
    }

    @Test
    void a_purged_account_loses_its_password_and_cannot_sign_in() {
        var purged = active().purged();
        assertEquals(AccountStatus.PURGED, purged.status());
        assertNull(purged.passwordHash());
        assertFalse(purged.canSignIn());
    }

    @Test
    void names_for_display_and_for_the_family_greeting() {
        var account = Account.create(3154, EMAIL, "  Lefèvre ", "Éloïse", Role.PARENT, T0);
        assertEquals("Éloïse Lefèvre", account.displayName());
        assertEquals("LEFÈVRE", account.familyName());
    }

    @Test
    void copies_change_one_thing_only() {
        var other = EmailAddress.parse("autre@exemple.fr").orElseThrow();
        var account = active();
        assertEquals(other, account.withEmail(other).email());
        assertEquals("$argon2id$new", account.withPassword("$argon2id$new").passwordHash());
        assertTrue(account.withMobileLayout(true).mobileLayout());
        assertEquals(account, account.withMobileLayout(true).withMobileLayout(false));
    }

    @Test
    void the_password_hash_stays_out_of_logs() {
        assertFalse(active().toString().contains(HASH));
    }

    @Test
    void invalid_accounts_are_programming_errors() {
        assertThrows(IllegalArgumentException.class, () -> Account.create(0, EMAIL, "Dupont", "Marie", Role.PARENT, T0));
        assertThrows(IllegalArgumentException.class, () -> Account.create(3154, EMAIL, " ", "Marie", Role.PARENT, T0));
        assertThrows(IllegalArgumentException.class, () -> Account.create(3154, EMAIL, "Dupont", "", Role.PARENT, T0));
        assertThrows(NullPointerException.class, () -> Account.create(3154, null, "Dupont", "Marie", Role.PARENT, T0));
        assertThrows(NullPointerException.class, () -> Account.create(3154, EMAIL, "Dupont", "Marie", null, T0));
        assertThrows(IllegalArgumentException.class, () -> pending().activate(" ", 1, LATER));
    }

    @Test
    void roles_and_statuses_read_in_french() {
        assertEquals("Parent", Role.PARENT.label());
        assertEquals("Agent", Role.AGENT.label());
        assertEquals("Administrateur", Role.ADMIN.label());
        assertFalse(Role.PARENT.isStaff());
        assertTrue(Role.AGENT.isStaff());
        assertTrue(Role.ADMIN.isStaff());
        assertEquals("En attente d'activation", AccountStatus.PENDING_ACTIVATION.label());
        assertEquals("Actif", AccountStatus.ACTIVE.label());
        assertEquals("Supprimé", AccountStatus.PURGED.label());
    }
}
