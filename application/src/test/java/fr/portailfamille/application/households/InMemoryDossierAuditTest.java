package fr.portailfamille.application.households;

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
