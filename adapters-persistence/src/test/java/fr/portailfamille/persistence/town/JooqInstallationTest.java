package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.Installation;
import fr.portailfamille.application.town.InstallationContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqInstallationTest extends InstallationContract {
    @Override
    protected Installation installation() {
        return new JooqInstallation(TestDatabase.fresh());
    }
}
