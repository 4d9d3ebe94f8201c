package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.HouseholdRepositoryContract;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;

import java.time.Instant;

class JooqHouseholdRepositoryTest extends HouseholdRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private int accounts;

    @Override
    protected HouseholdRepository repository() {
        return new JooqHouseholdRepository(db);
    }

    @Override
    protected long anAccount() {
        var repo = new JooqAccountRepository(db);
        return repo.add(Account.create(repo.nextLoginId(), new EmailAddress("parent" + (++accounts) + "@exemple.fr"), "Dupont", "Marie",
                Role.PARENT, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
