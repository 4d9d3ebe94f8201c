package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;

class InMemoryHealthSheetReadsTest extends HealthSheetReadsContract {

    private final HealthSheetReads reads = new InMemoryHealthSheetReads();
    private final HouseholdRepository households = new InMemoryHouseholdRepository();

    @Override
    protected HealthSheetReads reads() {
        return reads;
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }
}
