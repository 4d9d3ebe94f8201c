package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
class InMemoryDossierCatalogueTest extends DossierCatalogueContract {

    private final InMemoryDossierCatalogue catalogue = new InMemoryDossierCatalogue();

    @Override
    protected DossierCatalogue catalogue() {
        return catalogue;
    }
}
