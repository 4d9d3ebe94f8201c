package fr.portailfamille.application.households;

class InMemoryDossierCatalogueTest extends DossierCatalogueContract {

    private final InMemoryDossierCatalogue catalogue = new InMemoryDossierCatalogue();

    @Override
    protected DossierCatalogue catalogue() {
        return catalogue;
    }
}
