package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DossierAudit;
import fr.portailfamille.application.households.DossierAuditContract;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqDossierAuditTest extends DossierAuditContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected DossierAudit audit() {
        return new JooqDossierAudit(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }
}
