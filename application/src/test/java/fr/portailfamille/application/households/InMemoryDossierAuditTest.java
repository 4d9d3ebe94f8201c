package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
class InMemoryDossierAuditTest extends DossierAuditContract {

    private final InMemoryDossierAudit audit = new InMemoryDossierAudit();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();

    @Override
    protected DossierAudit audit() {
        return audit;
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }
}
