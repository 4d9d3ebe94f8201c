package fr.portailfamille.application.town;

class InMemoryInstallationTest extends InstallationContract {
    @Override
    protected Installation installation() {
        return new InMemoryInstallation();
    }
}
