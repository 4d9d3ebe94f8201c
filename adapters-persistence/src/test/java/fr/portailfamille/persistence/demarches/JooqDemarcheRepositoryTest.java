package fr.portailfamille.persistence.demarches;

import fr.portailfamille.application.demarches.port.DemarcheRepository;
import fr.portailfamille.application.demarches.DemarcheRepositoryContract;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.Instant;

class JooqDemarcheRepositoryTest extends DemarcheRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private int households;

    @Override
    protected DemarcheRepository repository() {
        return new JooqDemarcheRepository(db);
    }

    @Override
    protected long newHouseholdId() {
        return new JooqHouseholdRepository(db).add(Household.named("Famille " + ++households)).id();
    }

    @Override
    protected long newAccountId() {
        var accounts = new JooqAccountRepository(db);
        int loginId = accounts.nextLoginId();
        return accounts.add(Account.create(loginId, EmailAddress.parse("p" + loginId + "@exemple.fr").orElseThrow(), "Dupont", "Marie",
                Role.PARENT, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
