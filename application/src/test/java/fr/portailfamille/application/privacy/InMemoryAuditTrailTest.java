package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private final AuditTrail trail = new InMemoryAuditTrail();
    private final HouseholdRepository households = new InMemoryHouseholdRepository();

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected HouseholdRepository households() {
        return households;
    }
}
