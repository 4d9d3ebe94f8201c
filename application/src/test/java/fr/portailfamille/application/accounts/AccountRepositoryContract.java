package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.LoginIds;
import fr.portailfamille.domain.accounts.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link AccountRepository}: every adapter runs it (in-memory and jOOQ). Times are whole milliseconds,
 * which PostgreSQL (microseconds) keeps exactly.
 */
public abstract class AccountRepositoryContract {

    /** An empty repository; several calls within one test give the same store. */
    protected abstract AccountRepository repository();

    static final Instant T0 = Instant.parse("2026-09-01T08:00:00.123Z");

    static EmailAddress email(String value) {
        return new EmailAddress(value);
    }

    /** A stored pending parent account, for the suites of the ports whose rows belong to an account. */
    public static Account addAccount(AccountRepository accounts, String email) {
        return accounts.add(Account.create(accounts.nextLoginId(), email(email), "Dupont", "Marie", Role.PARENT, T0));
    }

    private static Account pending(AccountRepository repository, String email, String lastName, String firstNames, Role role, Instant createdAt) {
        return Account.create(repository.nextLoginId(), email(email), lastName, firstNames, role, createdAt);
    }

    private static Account activated(Account account, Instant when) {
        return ((ActivationOutcome.Activated) account.activate("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", 1, when)).account();
    }

    private static List<Long> ids(List<Account> accounts) {
        return accounts.stream().map(Account::id).toList();
    }

    // ---- ids

    @Test
    void login_ids_start_at_1001_and_are_never_given_twice() {
        var repository = repository();
        int first = repository.nextLoginId();
        int second = repository.nextLoginId();
        int third = repository.nextLoginId();
        assertEquals(LoginIds.FIRST, first);
        assertTrue(first < second && second < third, first + ", " + second + ", " + third);
    }

    @Test
    void find_all_reads_the_accounts_of_several_ids_and_leaves_unknown_ids_out() {
        var repository = repository();
        var a = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var b = repository.add(pending(repository, "b@exemple.fr", "Martin", "Jean", Role.AGENT, T0));
        repository.add(pending(repository, "c@exemple.fr", "Petit", "Léa", Role.PARENT, T0));
        assertEquals(java.util.Set.of(a, b), java.util.Set.copyOf(repository.findAll(List.of(a.id(), b.id(), a.id(), 999_999L))));
        assertEquals(List.of(), repository.findAll(List.of()));
    }

    @Test
    void add_assigns_distinct_positive_ids_and_returns_the_stored_account() {
        var repository = repository();
        var a = pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0);
        var b = pending(repository, "b@exemple.fr", "Martin", "Jean", Role.PARENT, T0);
        var storedA = repository.add(a);
        var storedB = repository.add(b);
        assertTrue(storedA.id() > 0);
        assertTrue(storedB.id() > 0);
        assertNotEquals(storedA.id(), storedB.id());
        assertEquals(a.withId(storedA.id()), storedA);
        assertEquals(storedB, repository.find(storedB.id()).orElseThrow());
    }

    @Test
    void add_refuses_an_account_that_already_has_an_id() {
        var repository = repository();
        var stored = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var again = pending(repository, "b@exemple.fr", "Martin", "Jean", Role.PARENT, T0).withId(stored.id() + 1);
        assertThrows(IllegalArgumentException.class, () -> repository.add(again));
    }

    @Test
    void two_accounts_cannot_share_a_login_id_and_that_is_not_an_email_clash() {
        var repository = repository();
        int loginId = repository.nextLoginId();
        repository.add(Account.create(loginId, email("a@exemple.fr"), "Dupont", "Marie", Role.PARENT, T0));
        var clash = Account.create(loginId, email("b@exemple.fr"), "Martin", "Jean", Role.PARENT, T0);
        var error = assertThrows(RuntimeException.class, () -> repository.add(clash));
        assertFalse(error instanceof AccountRepository.EmailAlreadyUsed, error.toString());
        assertEquals(1, repository.search("", 10).size());
    }

    // ---- round trips

    @Test
    void a_pending_account_round_trips_with_its_empty_fields() {
        var repository = repository();
        var stored = repository.add(pending(repository, "marie-claire.dupont@exemple.fr", "D'Artagnan-Élise", "Marie-Claire « Mimi »",
                Role.PARENT, T0));
        var found = repository.find(stored.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals(null, found.passwordHash());
        assertEquals(null, found.activatedAt());
        assertEquals(0, found.acceptedTermsVersion());
        assertFalse(found.mobileLayout());
        assertEquals(stored, repository.findByLoginId(stored.loginId()).orElseThrow());
        assertEquals(stored, repository.findByEmail(email("marie-claire.dupont@exemple.fr")).orElseThrow());
    }

    @Test
    void an_account_with_every_field_set_round_trips() {
        var repository = repository();
        var full = new Account(0, repository.nextLoginId(), email("agent@mairie.fr"), "Lefèvre", "Anne", Role.ADMIN,
                AccountStatus.ACTIVE, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", true, T0,
                T0.plus(3, ChronoUnit.HOURS).plusMillis(7), 4);
        var stored = repository.add(full);
        assertEquals(full.withId(stored.id()), repository.find(stored.id()).orElseThrow());
    }

    @Test
    void unknown_accounts_are_not_found() {
        var repository = repository();
        var stored = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        assertTrue(repository.find(stored.id() + 1).isEmpty());
        assertTrue(repository.findByLoginId(stored.loginId() + 1).isEmpty());
        assertTrue(repository.findByEmail(email("b@exemple.fr")).isEmpty());
    }

    // ---- update

    @Test
    void update_replaces_every_field_of_that_account_only() {
        var repository = repository();
        var a = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var b = repository.add(pending(repository, "b@exemple.fr", "Martin", "Jean", Role.PARENT, T0));
        var changed = activated(a, T0.plus(1, ChronoUnit.DAYS))
                .withEmail(email("marie.nouvelle@exemple.fr"))
                .withMobileLayout(true)
                .acceptTerms(3);
        repository.update(changed);
        assertEquals(changed, repository.find(a.id()).orElseThrow());
        assertEquals(b, repository.find(b.id()).orElseThrow());
        assertEquals(changed, repository.findByEmail(email("marie.nouvelle@exemple.fr")).orElseThrow());
        assertTrue(repository.findByEmail(email("a@exemple.fr")).isEmpty());
    }

    @Test
    void update_can_empty_a_field_again() {
        var repository = repository();
        var a = repository.add(activated(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0), T0));
        repository.update(a.purged());
        assertEquals(null, repository.find(a.id()).orElseThrow().passwordHash());
        assertEquals(AccountStatus.PURGED, repository.find(a.id()).orElseThrow().status());
    }

    @Test
    void update_of_an_unknown_account_fails() {
        var repository = repository();
        var a = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var ghost = pending(repository, "b@exemple.fr", "Martin", "Jean", Role.PARENT, T0).withId(a.id() + 1);
        assertThrows(IllegalArgumentException.class, () -> repository.update(ghost));
        assertTrue(repository.find(a.id() + 1).isEmpty());
    }

    // ---- e-mail uniqueness

    @Test
    void add_refuses_an_email_used_by_another_account_whatever_its_capitals() {
        var repository = repository();
        repository.add(pending(repository, "marie.dupont@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var second = pending(repository, "Marie.Dupont@Exemple.FR", "Dupont", "Paul", Role.PARENT, T0);
        assertThrows(AccountRepository.EmailAlreadyUsed.class, () -> repository.add(second));
        assertEquals(1, repository.search("", 10).size());
    }

    @Test
    void update_refuses_an_email_used_by_another_account_and_keeps_the_stored_one() {
        var repository = repository();
        var a = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var b = repository.add(pending(repository, "b@exemple.fr", "Martin", "Jean", Role.PARENT, T0));
        assertThrows(AccountRepository.EmailAlreadyUsed.class, () -> repository.update(b.withEmail(email("A@exemple.fr"))));
        assertEquals(b, repository.find(b.id()).orElseThrow());
        assertEquals(a, repository.findByEmail(a.email()).orElseThrow());
    }

    @Test
    void an_account_may_be_updated_without_changing_its_own_email() {
        var repository = repository();
        var a = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        repository.update(a.withMobileLayout(true));
        assertTrue(repository.find(a.id()).orElseThrow().mobileLayout());
    }

    @Test
    void an_email_is_free_again_once_its_account_is_purged() {
        var repository = repository();
        var old = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        var other = repository.add(pending(repository, "b@exemple.fr", "Martin", "Jean", Role.PARENT, T0));
        repository.update(old.purged());

        var newcomer = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0.plusSeconds(60)));
        assertEquals(newcomer, repository.findByEmail(email("a@exemple.fr")).orElseThrow());
        // a purged account keeps its address and may still be updated; it blocks nobody
        repository.update(old.purged().withMobileLayout(true));
        repository.update(other.withEmail(email("c@exemple.fr")));
        assertEquals(email("a@exemple.fr"), repository.find(old.id()).orElseThrow().email());
    }

    @Test
    void an_email_taken_by_an_account_being_purged_is_refused_to_a_living_one() {
        var repository = repository();
        var purged = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        repository.update(purged.purged());
        var living = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        // reviving the purged account would make two living accounts share the address
        var revived = new Account(purged.id(), purged.loginId(), purged.email(), purged.lastName(), purged.firstNames(),
                purged.role(), AccountStatus.ACTIVE, null, false, purged.createdAt(), null, 0);
        assertThrows(AccountRepository.EmailAlreadyUsed.class, () -> repository.update(revived));
        assertEquals(living, repository.findByEmail(email("a@exemple.fr")).orElseThrow());
    }

    @Test
    void find_by_email_ignores_purged_accounts() {
        var repository = repository();
        var a = repository.add(pending(repository, "a@exemple.fr", "Dupont", "Marie", Role.PARENT, T0));
        repository.update(a.purged());
        assertTrue(repository.findByEmail(email("a@exemple.fr")).isEmpty());
        assertEquals(AccountStatus.PURGED, repository.find(a.id()).orElseThrow().status());
    }

    // ---- search

    private record Three(Account dupont, Account martin, Account durand) {
    }

    private static Three three(AccountRepository repository) {
        var dupont = repository.add(pending(repository, "marie.dupont@exemple.fr", "Dupont", "Marie-Claire", Role.PARENT, T0));
        var martin = repository.add(pending(repository, "jm@exemple.fr", "Martin", "Jean", Role.PARENT, T0));
        var durand = repository.add(pending(repository, "s.durand@mairie.fr", "Durand", "Sophie", Role.AGENT, T0));
        repository.update(durand.purged());
        return new Three(dupont, martin, repository.find(durand.id()).orElseThrow());
    }

    // Each needle below matches one field only, so that every field is shown to be searched, whatever the capitals.

    @Test
    void search_finds_part_of_a_last_name_whatever_its_capitals() {
        var repository = repository();
        var t = three(repository);
        assertEquals(List.of(t.martin()), repository.search("mARTi", 10));
    }

    @Test
    void search_finds_part_of_the_first_names_whatever_their_capitals() {
        var repository = repository();
        var t = three(repository);
        assertEquals(List.of(t.dupont()), repository.search("CLAIRE", 10));
        assertEquals(List.of(t.martin()), repository.search("  jEAn ", 10));
    }

    @Test
    void search_finds_part_of_an_email_whatever_its_capitals_and_includes_purged_accounts() {
        var repository = repository();
        var t = three(repository);
        assertEquals(List.of(t.durand()), repository.search("@MAIRIE", 10));
        assertEquals(List.of(t.martin()), repository.search("jm@", 10));
    }

    @Test
    void search_finds_part_of_a_login_id() {
        var repository = repository();
        var t = three(repository);
        assertEquals(List.of(t.martin()), repository.search(String.valueOf(t.martin().loginId()), 10));
        String commonPrefix = String.valueOf(t.dupont().loginId()).substring(0, 3);
        assertEquals(ids(List.of(t.durand(), t.martin(), t.dupont())), ids(repository.search(commonPrefix, 10)));
    }

    @Test
    void search_with_blank_text_lists_everybody_most_recent_first() {
        var repository = repository();
        var t = three(repository);
        var everybody = List.of(t.durand(), t.martin(), t.dupont());
        assertEquals(everybody, repository.search("", 10));
        assertEquals(everybody, repository.search("   ", 10));
        assertEquals(everybody, repository.search(null, 10));
    }

    @Test
    void search_respects_its_limit_keeping_the_most_recent() {
        var repository = repository();
        var t = three(repository);
        assertEquals(List.of(t.durand(), t.martin()), repository.search("", 2));
        assertEquals(List.of(t.martin()), repository.search("exemple.fr", 1));
    }

    @Test
    void search_takes_wildcards_literally() {
        var repository = repository();
        three(repository);
        assertTrue(repository.search("%", 10).isEmpty());
        assertTrue(repository.search("_", 10).isEmpty());
        assertTrue(repository.search("nobody", 10).isEmpty());
    }

    // ---- roles and purge

    @Test
    void with_role_lists_the_accounts_of_that_role_purged_ones_included() {
        var repository = repository();
        var parent = repository.add(pending(repository, "p@exemple.fr", "Parent", "Un", Role.PARENT, T0));
        var agent = repository.add(pending(repository, "a@mairie.fr", "Agent", "Un", Role.AGENT, T0));
        var admin = repository.add(pending(repository, "admin@mairie.fr", "Admin", "Un", Role.ADMIN, T0));
        var formerAgent = repository.add(pending(repository, "b@mairie.fr", "Agent", "Deux", Role.AGENT, T0));
        repository.update(formerAgent.purged());
        assertEquals(Set.of(agent.id(), formerAgent.id()), new HashSet<>(ids(repository.withRole(Role.AGENT))));
        assertEquals(List.of(admin), repository.withRole(Role.ADMIN));
        assertEquals(List.of(parent), repository.withRole(Role.PARENT));
    }

    @Test
    void pending_created_before_lists_only_pending_accounts_strictly_older_than_the_instant() {
        var repository = repository();
        var old = repository.add(pending(repository, "old@exemple.fr", "Ancien", "Un", Role.PARENT, T0.minus(1, ChronoUnit.DAYS)));
        var boundary = repository.add(pending(repository, "edge@exemple.fr", "Limite", "Un", Role.PARENT, T0));
        repository.add(pending(repository, "new@exemple.fr", "Récent", "Un", Role.PARENT, T0.plus(1, ChronoUnit.HOURS)));
        repository.add(activated(pending(repository, "act@exemple.fr", "Actif", "Un", Role.PARENT, T0.minus(2, ChronoUnit.DAYS)), T0));
        var purged = repository.add(pending(repository, "gone@exemple.fr", "Supprimé", "Un", Role.PARENT, T0.minus(3, ChronoUnit.DAYS)));
        repository.update(purged.purged());

        assertEquals(List.of(old), repository.pendingCreatedBefore(T0));
        assertEquals(Set.of(old.id(), boundary.id()), new HashSet<>(ids(repository.pendingCreatedBefore(T0.plusMillis(1)))));
        assertTrue(repository.pendingCreatedBefore(T0.minus(1, ChronoUnit.DAYS)).isEmpty());
    }
}
