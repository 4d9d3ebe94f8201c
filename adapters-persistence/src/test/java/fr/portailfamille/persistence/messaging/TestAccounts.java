package fr.portailfamille.persistence.messaging;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;

import java.time.Instant;

/** Accounts for tests whose rows point at an account. */
final class TestAccounts {

    private TestAccounts() {
    }

    static long create(Db db) {
        var accounts = new JooqAccountRepository(db);
        int loginId = accounts.nextLoginId();
        return accounts.add(Account.create(loginId, EmailAddress.parse("parent" + loginId + "@exemple.fr").orElseThrow(), "Dupont", "Marie",
                Role.PARENT, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
