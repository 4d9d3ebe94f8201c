package fr.portailfamille.application.town;

class InMemoryTownLogoTest extends TownLogoContract {
    @Override
    protected TownLogo logo() {
        return new InMemoryTownLogo();
    }
}
