package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.application.privacy.AuditTrailContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

class JooqAuditTrailTest extends AuditTrailContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected AuditTrail trail() {
        return new JooqAuditTrail(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }
}
