package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
class InMemoryServiceOfficesTest extends ServiceOfficesContract {
    @Override
    protected ServiceOffices offices() {
        return new InMemoryServiceOffices();
    }
}
