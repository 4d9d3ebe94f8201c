package fr.portailfamille.application.town;

class InMemoryServiceOfficesTest extends ServiceOfficesContract {
    @Override
    protected ServiceOffices offices() {
        return new InMemoryServiceOffices();
    }
}
