package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.demarches.AskForDemarche;
import fr.portailfamille.application.demarches.DecideDemarche;
import fr.portailfamille.application.demarches.DefineDemarcheForm;
import fr.portailfamille.application.demarches.DemarchePorts;
import fr.portailfamille.application.demarches.ReadDemarcheForms;
import fr.portailfamille.application.demarches.ReadDemarcheQueue;
import fr.portailfamille.application.demarches.ReadDemarches;
import fr.portailfamille.application.demarches.SaveDemarcheDraft;
import fr.portailfamille.application.demarches.StartDemarche;
import fr.portailfamille.application.demarches.SubmitDemarche;
import fr.portailfamille.application.demarches.port.DemarcheRepository;
import fr.portailfamille.persistence.demarches.JooqDemarcheRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.demarches.DemarchePages;

import java.util.List;

/** Démarches: the requests a family files with the town (certificates, changes of situation) and their answers. */
public final class DemarchesArea {

    private final DemarcheRepository repository;
    private final DemarchePorts ports;
    private final ReadDemarches read;
    private final ReadDemarcheForms forms;

    DemarchesArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications) {
        repository = new JooqDemarcheRepository(base.db());
        ports = new DemarchePorts(repository, households.ports().households(), notifications.center(), base.db(), base.clock());
        read = new ReadDemarches(ports);
        forms = new ReadDemarcheForms(ports);
    }

    DemarcheRepository repository() {
        return repository;
    }

    /** The family's démarches, for their page and the dashboard. */
    ReadDemarches read() {
        return read;
    }

    /** The forms a family may start, for their page and the dashboard. */
    ReadDemarcheForms forms() {
        return forms;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new DemarchePages(new DemarchePages.Family(read, forms, new StartDemarche(ports), new SaveDemarcheDraft(ports),
                new SubmitDemarche(ports)), new DemarchePages.Staff(new ReadDemarcheQueue(ports), new DecideDemarche(ports),
                new DefineDemarcheForm(ports), new AskForDemarche(ports))));
    }
}
