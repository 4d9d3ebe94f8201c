package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
class InMemoryTownLogoTest extends TownLogoContract {
    @Override
    protected TownLogo logo() {
        return new InMemoryTownLogo();
    }
}
