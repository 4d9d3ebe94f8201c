package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.DossierCatalogue;
import fr.portailfamille.application.households.DossierCatalogueContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqDossierCatalogueTest extends DossierCatalogueContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected DossierCatalogue catalogue() {
        return new JooqDossierCatalogue(db);
    }
}
