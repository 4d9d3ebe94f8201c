package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.application.accounts.AccountRepositoryContract.addAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link FranceConnectLinks}: every adapter runs it (in-memory and jOOQ). */
public abstract class FranceConnectLinksContract {

    /** An empty store; several calls within one test give the same store. */
    protected abstract FranceConnectLinks links();

    /** The accounts of the same store: a link belongs to a stored account. */
    protected abstract AccountRepository accounts();

    private static final Instant AT = Instant.parse("2026-09-01T20:00:00.123Z");
    private static final String MARIE = "b6a5f1c0d2e3".repeat(5) + "abcd";

    private long alice;
    private long bob;

    @BeforeEach
    void twoAccounts() {
        alice = addAccount(accounts(), "alice@exemple.fr").id();
        bob = addAccount(accounts(), "bob@exemple.fr").id();
    }

    @Test
    void a_linked_identity_finds_its_account_and_the_account_its_date() {
        assertTrue(links().link(alice, MARIE, AT));
        assertEquals(Optional.of(alice), links().accountOf(MARIE));
        assertEquals(Optional.of(AT), links().linkedSince(alice));
        assertEquals(Optional.empty(), links().linkedSince(bob));
        assertEquals(Optional.empty(), links().accountOf("another"));
    }

    @Test
    void an_identity_serves_one_account_and_an_account_has_one_identity() {
        assertTrue(links().link(alice, MARIE, AT));
        assertFalse(links().link(bob, MARIE, AT), "the identity is taken");
        assertFalse(links().link(alice, "another", AT), "the account is linked already");
        assertEquals(Optional.of(alice), links().accountOf(MARIE));
        assertEquals(Optional.empty(), links().accountOf("another"));
    }

    @Test
    void unlinking_frees_both_sides() {
        links().link(alice, MARIE, AT);
        assertTrue(links().unlink(alice));
        assertFalse(links().unlink(alice), "nothing left to unlink");
        assertEquals(Optional.empty(), links().accountOf(MARIE));
        assertTrue(links().link(bob, MARIE, AT.plusSeconds(60)));
        assertEquals(Optional.of(bob), links().accountOf(MARIE));
    }
}
