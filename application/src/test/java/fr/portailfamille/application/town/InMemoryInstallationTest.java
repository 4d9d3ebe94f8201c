package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
class InMemoryInstallationTest extends InstallationContract {
    @Override
    protected Installation installation() {
        return new InMemoryInstallation();
    }
}
