package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.application.privacy.DataRetention;
import fr.portailfamille.application.privacy.ExportHouseholdData;
import fr.portailfamille.application.privacy.HouseholdJournal;
import fr.portailfamille.persistence.privacy.JooqPrivacySettings;
import fr.portailfamille.persistence.privacy.JooqRetentionStore;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.privacy.PrivacyPages;

import java.util.List;

/**
 * Privacy: a family's data exported from every area it has data in, who read its health sheets, its journal, and the
 * retention durations. Built last but for the home pages: the export reads every other area.
 */
public final class PrivacyArea {

    private final AccountsArea accounts;
    private final HouseholdsArea households;
    private final DataRetention retention;
    private final ExportHouseholdData export;
    private final HouseholdJournal journal;

    PrivacyArea(PortalBase base, AccountsArea accounts, HouseholdsArea households, BookingsArea bookings, BillingArea billing,
                MessagingArea messaging, DemarchesArea demarches, AuditTrail trail) {
        this.accounts = accounts;
        this.households = households;
        retention = new DataRetention(households.ports(), new JooqRetentionStore(base.db()), new JooqPrivacySettings(base.db()), trail);
        export = new ExportHouseholdData(new ExportHouseholdData.Sources(households.ports(), bookings.ports().activities(),
                bookings.ports().enrolments(), bookings.ports().slots(), bookings.absences(), billing.ports(), messaging.threads(),
                demarches.repository(), households.healthSheetReads(), trail));
        journal = new HouseholdJournal(households.ports(), trail);
    }

    DataRetention retention() {
        return retention;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new PrivacyPages(export, households.consultations(), journal, retention, accounts.ports().town()));
    }
}
