package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.households.PublishTownDocument;
import fr.portailfamille.application.households.TownDocumentTypes;
import fr.portailfamille.application.households.TownSchools;
import fr.portailfamille.application.mail.ReadOutbox;
import fr.portailfamille.application.town.EditTownSettings;
import fr.portailfamille.application.town.JobRuns;
import fr.portailfamille.application.town.ManageServiceOffices;
import fr.portailfamille.application.town.PortalHealth;
import fr.portailfamille.persistence.town.JooqSchemaVersion;
import fr.portailfamille.persistence.town.JooqServiceOffices;
import fr.portailfamille.persistence.town.JooqTownLogo;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.mail.DevMailboxPages;
import fr.portailfamille.web.town.TownSettingsPages;
import fr.portailfamille.web.town.TownSetupPages;

import java.util.List;

/**
 * The town: its settings, what it sets up to go live (services, schools, justificatifs, documents), the admins' «État du
 * portail» with the last rounds of the scheduled jobs, and the demo's mailbox.
 */
public final class TownArea {

    private final PortalBase base;
    private final AccountsArea accounts;
    private final HouseholdsArea households;
    private final JobRuns jobRuns;

    TownArea(PortalBase base, AccountsArea accounts, HouseholdsArea households) {
        this.base = base;
        this.accounts = accounts;
        this.households = households;
        jobRuns = new JobRuns(base.clock());
    }

    /** Every round of the scheduled jobs, as the portal's health page shows them. */
    JobRuns jobRuns() {
        return jobRuns;
    }

    void addPages(List<PortalWeb.Area> pages) {
        var db = base.db();
        var ports = accounts.ports();
        var dossier = households.ports();
        pages.add(new TownSettingsPages(new EditTownSettings(ports, accounts.towns(), new JooqTownLogo(db))));
        pages.add(new DevMailboxPages(new ReadOutbox(ports.outbox())));
        pages.add(new TownSetupPages(new ManageServiceOffices(new JooqServiceOffices(db), ports.audit(), db, base.clock()),
                new TownSchools(dossier, ports.audit()),
                new TownDocumentTypes(dossier, ports.audit()),
                new PublishTownDocument(dossier, ports.audit()),
                new PortalHealth(db::isReachable, new JooqSchemaVersion(db), ports.outbox(), jobRuns, base.clock())));
    }
}
