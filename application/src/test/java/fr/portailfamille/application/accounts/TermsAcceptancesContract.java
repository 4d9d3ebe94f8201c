package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.application.accounts.port.TermsAcceptances.Acceptance;
import fr.portailfamille.domain.accounts.TermsOfUse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static fr.portailfamille.application.accounts.AccountRepositoryContract.addAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link TermsAcceptances}: every adapter runs it (in-memory and jOOQ). */
public abstract class TermsAcceptancesContract {

    /** An empty store; several calls within one test give the same store. */
    protected abstract TermsAcceptances repository();

    /** The accounts of the same store: an acceptance belongs to a stored account. */
    protected abstract AccountRepository accounts();

    /** The CGU versions of the same store: only a published version can be accepted. */
    protected abstract TermsRepository terms();

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123Z");

    private long alice;
    private long bob;

    @BeforeEach
    void twoAccountsAndTwoVersions() {
        alice = addAccount(accounts(), "alice@exemple.fr").id();
        bob = addAccount(accounts(), "bob@exemple.fr").id();
        var v1 = new TermsOfUse(1, "CGU", "Première version", T0.minus(60, ChronoUnit.DAYS));
        terms().publish(v1);
        terms().publish(v1.next("CGU", "Deuxième version", T0.minus(1, ChronoUnit.DAYS)));
    }

    @Test
    void an_account_that_accepted_nothing_has_no_acceptance() {
        assertTrue(repository().forAccount(alice).isEmpty());
    }

    @Test
    void acceptances_are_kept_per_account_oldest_first() {
        var acceptances = repository();
        var aliceV1 = new Acceptance(alice, 1, T0);
        var bobV2 = new Acceptance(bob, 2, T0.plusMillis(500));
        var aliceV2 = new Acceptance(alice, 2, T0.plus(30, ChronoUnit.DAYS));
        acceptances.record(aliceV1);
        acceptances.record(bobV2);
        acceptances.record(aliceV2);
        assertEquals(List.of(aliceV1, aliceV2), acceptances.forAccount(alice));
        assertEquals(List.of(bobV2), acceptances.forAccount(bob));
    }

    @Test
    void oldest_first_follows_the_acceptance_time_not_the_recording_order() {
        var acceptances = repository();
        var later = new Acceptance(alice, 2, T0.plusSeconds(5));
        var earlier = new Acceptance(alice, 1, T0);
        acceptances.record(later);
        acceptances.record(earlier);
        assertEquals(List.of(earlier, later), acceptances.forAccount(alice));
    }

    @Test
    void accepting_a_version_again_keeps_the_first_acceptance_as_proof() {
        var acceptances = repository();
        var first = new Acceptance(alice, 2, T0);
        acceptances.record(first);
        acceptances.record(new Acceptance(alice, 2, T0.plus(1, ChronoUnit.HOURS)));
        assertEquals(List.of(first), acceptances.forAccount(alice));
    }
}
