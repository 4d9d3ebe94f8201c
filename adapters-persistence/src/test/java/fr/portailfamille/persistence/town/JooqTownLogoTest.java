package fr.portailfamille.persistence.town;

import fr.portailfamille.application.town.port.TownLogo;
import fr.portailfamille.application.town.TownLogoContract;
import fr.portailfamille.persistence.TestDatabase;

class JooqTownLogoTest extends TownLogoContract {
    @Override
    protected TownLogo logo() {
        return new JooqTownLogo(TestDatabase.fresh());
    }
}
