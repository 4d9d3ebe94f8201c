package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.web.WebClient;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo is seeded around the clock's today: on the days the calendar makes awkward (the summer holidays, the eve of
 * the school year, Christmas Eve, New Year's Eve late at night, 29 February, a June when the next year's enrolment is
 * open), the portal starts, a demo parent sees bookable days in the planning of the year in progress or the next one
 * and books one, and the family's invoice of the last month of classes is there.
 */
class DemoAtAnyDateTest {

    static final Pattern BOOKABLE = Pattern.compile("name=\"reserver\" value=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"2027-06-15T09:00", "2027-07-03T10:00", "2027-08-31T18:00", "2027-12-24T10:00", "2027-12-31T23:30",
            "2028-02-29T08:00", "2028-07-14T10:00"})
    void a_parent_books_a_day_whatever_the_date(String parisTime, @TempDir Path dataDir) {
        var clock = new MutableClock(LocalDateTime.parse(parisTime).atZone(TownZone.ZONE).toInstant());
        try (var portal = TestPortal.start(dataDir, clock)) {
            var dupont = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
            var home = dupont.get("/");
            assertEquals(200, home.status(), home.body());
            assertTrue(home.contains("Tableau de bord"), home.body());

            String day = null;
            for (int month = 0; month <= 3 && day == null; month++) {
                var planning = dupont.get("/planning?date=" + portal.today().plusMonths(month).withDayOfMonth(1));
                assertEquals(200, planning.status(), planning.body());
                var bookable = BOOKABLE.matcher(planning.body());
                if (bookable.find()) day = bookable.group(1);
            }
            assertNotNull(day, "a bookable day within three months of " + portal.today());
            var booked = dupont.post("/planning", Map.of("reserver", day));
            assertEquals(200, booked.status(), booked.body());
            assertTrue(booked.contains("1 demande faite"), booked.body());

            assertTrue(dupont.get("/facturation").contains(portal.demoInvoice(1)), "the invoice of " + portal.demoInvoiceMonth());
            assertTrue(dupont.get("/planning/absences").contains("certificat-lea.pdf"), "the demo's absence");
        }
    }
}
