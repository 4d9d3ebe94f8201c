package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.demarches.port.DemarcheRepository;
import fr.portailfamille.application.demarches.Demarches;
import fr.portailfamille.persistence.demarches.JooqDemarcheRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.demarches.DemarchePages;

import java.util.List;

/** Démarches: the requests a family files with the town (certificates, changes of situation) and their answers. */
public final class DemarchesArea {

    private final DemarcheRepository repository;
    private final Demarches demarches;

    DemarchesArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications) {
        repository = new JooqDemarcheRepository(base.db());
        demarches = new Demarches(repository, households.ports().households(), notifications.center(), base.db(), base.clock());
    }

    DemarcheRepository repository() {
        return repository;
    }

    Demarches demarches() {
        return demarches;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new DemarchePages(demarches));
    }
}
