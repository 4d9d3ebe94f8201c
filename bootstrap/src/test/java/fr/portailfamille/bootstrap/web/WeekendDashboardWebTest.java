package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a Saturday the dashboard's bookings are the coming week's: the week just over has nothing left to do. */
class WeekendDashboardWebTest {

    @TempDir
    Path dataDir;

    @Test
    void on_a_saturday_the_dashboard_shows_the_coming_weeks_bookings() {
        // Saturday 16 January 2027: the demo books Léa's mornings from Tuesday 19 on
        try (var portal = TestPortal.start(dataDir, new MutableClock(Instant.parse("2027-01-16T09:00:00Z")))) {
            var dashboard = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026").get("/");
            assertTrue(dashboard.contains("Réservations de la semaine prochaine"), dashboard.body());
            assertTrue(dashboard.contains("mardi 19 janvier – Léa – Restauration scolaire"), dashboard.body());
            assertFalse(dashboard.contains("Aucune réservation"), dashboard.body());
            assertTrue(dashboard.contains("href=\"/planning?vue=semaine&amp;date=2027-01-18\""), dashboard.body());
        }
    }
}
