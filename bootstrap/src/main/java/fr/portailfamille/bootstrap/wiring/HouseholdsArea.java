package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.households.AnswerConsents;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.ReadDocuments;
import fr.portailfamille.application.households.ReviewDocuments;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.application.households.StaffHouseholds;
import fr.portailfamille.application.households.TownConsents;
import fr.portailfamille.application.households.UpdateCoordinates;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.privacy.HealthSheetConsultations;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.households.JooqDocumentRepository;
import fr.portailfamille.persistence.households.JooqDocumentStorage;
import fr.portailfamille.persistence.households.JooqDossierAudit;
import fr.portailfamille.persistence.households.JooqDossierCatalogue;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.households.JooqTownDocumentRepository;
import fr.portailfamille.persistence.privacy.JooqHealthSheetReads;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.households.AgentDossierPages;
import fr.portailfamille.web.households.DossierForms;
import fr.portailfamille.web.households.ParentDossierPages;
import fr.portailfamille.web.households.StaffDossierPages;

import java.time.Clock;
import java.util.List;

/**
 * Households: the dossier (children, health sheet, contacts, consents, documents), for parents and for staff. Who read a
 * health sheet is recorded here, where it is read, and shown by the privacy area.
 */
public final class HouseholdsArea {

    private final HouseholdsPorts ports;
    private final Notifier notifier;
    private final OpenDossier openDossier;
    private final StaffHouseholds staff;
    private final JooqHealthSheetReads healthSheetReads;
    private final HealthSheetConsultations consultations;

    HouseholdsArea(PortalBase base, AccountsArea accounts, NotificationsArea notifications) {
        ports = ports(base.db(), accounts.ports(), base.clock());
        notifier = notifications.center();
        openDossier = new OpenDossier(ports);
        staff = new StaffHouseholds(ports);
        healthSheetReads = new JooqHealthSheetReads(base.db());
        consultations = new HealthSheetConsultations(ports, healthSheetReads);
    }

    /** The dossier ports over the database; the accounts are the accounts area's. */
    public static HouseholdsPorts ports(Db db, AccountsPorts accounts, Clock clock) {
        return new HouseholdsPorts(new JooqHouseholdRepository(db), new JooqDossierCatalogue(db), new JooqDocumentRepository(db),
                new JooqDocumentStorage(db), new JooqTownDocumentRepository(db), new JooqDossierAudit(db), accounts.accounts(), db, clock);
    }

    HouseholdsPorts ports() {
        return ports;
    }

    OpenDossier openDossier() {
        return openDossier;
    }

    JooqHealthSheetReads healthSheetReads() {
        return healthSheetReads;
    }

    HealthSheetConsultations consultations() {
        return consultations;
    }

    /** {@code townDocuments}: what the dossier's «Documents de la ville» lists besides the town's own (billing's invoices). */
    void addPages(List<PortalWeb.Area> pages, ParentDossierPages.TownDocuments townDocuments) {
        var forms = new DossierForms(openDossier, new UpdateCoordinates(ports), new EditChild(ports), new UpdateHealthRecord(ports),
                new ManageContacts(ports), new AnswerConsents(ports), new SendSupportingDocument(ports), new ReadDocuments(ports), consultations);
        pages.add(new ParentDossierPages(forms, townDocuments));
        pages.add(new AgentDossierPages(forms, staff));
        pages.add(new StaffDossierPages(staff, new ReviewDocuments(ports, notifier), new TownConsents(ports)));
    }
}
