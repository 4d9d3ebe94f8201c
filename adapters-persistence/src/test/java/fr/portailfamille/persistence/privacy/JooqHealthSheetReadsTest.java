package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.privacy.port.HealthSheetReads;
import fr.portailfamille.application.privacy.HealthSheetReadsContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

class JooqHealthSheetReadsTest extends HealthSheetReadsContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected HealthSheetReads reads() {
        return new JooqHealthSheetReads(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }
}
