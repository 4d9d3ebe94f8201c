package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.bookings.ShowCalendar;
import fr.portailfamille.application.workload.ShowStaffHome;
import fr.portailfamille.persistence.workload.JooqWorkloadQueries;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.info.InfoPages;
import fr.portailfamille.web.info.ParentDashboard;
import fr.portailfamille.web.info.StaffDashboard;

import java.util.List;

/** The home pages: the parents' dashboard, the staff's work list, the news and the public information pages. */
public final class HomeArea {

    private final InfoPages pages;

    HomeArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications, DemarchesArea demarches, MessagingArea messaging,
             BillingArea billing, BookingsArea bookings) {
        var db = base.db();
        // the dashboard's week leaves the absences out (the planning page says them)
        var week = new ShowCalendar(bookings.ports());
        var parentDashboard = new ParentDashboard(households.openDossier(), demarches.read(), demarches.forms(), messaging.familyThreads(),
                billing.facturation(),
                week, bookings.requestEnrolment(), base.clock());
        var staffHome = new ShowStaffHome(new JooqWorkloadQueries(db), base.clock());
        // the page every parent reloads: its ~40 reads on one connection, not one pool checkout (and commit) each
        pages = new InfoPages(() -> notifications.news().published(3), parent -> db.inTransaction(() -> parentDashboard.blocks(parent)),
                new StaffDashboard(staffHome));
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(this.pages);
    }
}
