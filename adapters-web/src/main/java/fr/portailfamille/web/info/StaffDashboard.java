package fr.portailfamille.web.info;

import fr.portailfamille.application.workload.ShowStaffHome;
import fr.portailfamille.web.Visitor;

import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The agents' «Tableau de bord»: the day's and the week's bookings per activity and the work waiting, each linked to its page. */
public final class StaffDashboard implements Dashboard {

    private final ShowStaffHome home;

    public StaffDashboard(ShowStaffHome home) {
        this.home = home;
    }

    @Override
    public Map<String, Object> blocks(Visitor agent) {
        return Map.of("workload", home.show(actor(agent)));
    }
}
