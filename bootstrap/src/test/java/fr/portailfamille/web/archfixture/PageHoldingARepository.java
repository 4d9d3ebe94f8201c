package fr.portailfamille.web.archfixture;

import fr.portailfamille.application.households.port.HouseholdRepository;

/** Test-only, planted: a page reading a household through the repository, past the use case that checks who asks. The rules must reject it. */
public final class PageHoldingARepository {

    private final HouseholdRepository households;

    public PageHoldingARepository(HouseholdRepository households) {
        this.households = households;
    }

    public Object household(long id) {
        return households.find(id);
    }
}
