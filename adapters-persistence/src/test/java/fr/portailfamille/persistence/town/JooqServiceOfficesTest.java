package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.ServiceOffices;
import fr.portailfamille.application.town.ServiceOfficesContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqServiceOfficesTest extends ServiceOfficesContract {
    @Override
    protected ServiceOffices offices() {
        return new JooqServiceOffices(TestDatabase.fresh());
    }
}
