package fr.portailfamille.persistence.billing;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.Instant;

/** Rows billing rows point at: households and accounts. */
final class BillingRows {

    private BillingRows() {
    }

    static long household(Db db) {
        return new JooqHouseholdRepository(db).add(Household.named("DUPONT")).id();
    }

    static long account(Db db, Role role) {
        var accounts = new JooqAccountRepository(db);
        int loginId = accounts.nextLoginId();
        return accounts.add(Account.create(loginId, EmailAddress.parse("compte" + loginId + "@exemple.fr").orElseThrow(), "Roussel", "Paul",
                role, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
