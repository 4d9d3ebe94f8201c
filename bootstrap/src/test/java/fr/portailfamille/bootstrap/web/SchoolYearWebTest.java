package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.HOLIDAY_PERIOD;
import static fr.portailfamille.persistence.schema.Tables.SCHOOL_YEAR_ENROLMENT_OPENING;
import static fr.portailfamille.persistence.schema.Tables.TARIFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Préparer l'année scolaire» over HTTP on the demo town, on 26 April 2027 (the demo seeds the next year itself from
 * 1 May): the copy, once; the ministry's file with a bad line (nothing changes) then a good one; the enrolment
 * opening day, which parents read.
 */
class SchoolYearWebTest {

    static final String AGENT = "paul.roussel@beaulieu-sur-orge.example";

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, new MutableClock(Instant.parse("2027-04-26T08:00:00Z")));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static byte[] officialFile() throws IOException {
        try (InputStream in = SchoolYearWebTest.class.getResourceAsStream("/calendrier-scolaire-2027-2028.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void staff_prepare_2027_2028_import_its_holidays_and_open_enrolment_parents_read_from_when() throws IOException {
        var db = portal.db().dsl();
        var agent = WebClient.signedIn(portal.portal().port(), AGENT, "Demo-Agent-Beaulieu-2026");
        var page = agent.get("/agent/annee-scolaire");
        assertEquals(200, page.status());
        assertTrue(page.contains("Préparer l'année scolaire 2027-2028"), page.body());
        assertTrue(page.contains("value=\"2027-09-01\""), "the proposed rentrée");

        int tariffs = db.fetchCount(TARIFF);
        page = agent.post("/agent/annee-scolaire/preparer?annee=2026-2027", Map.of("firstDay", "2027-09-02", "lastDay", "2028-07-01"));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("L&#39;année scolaire 2027-2028 est préparée") || page.contains("L'année scolaire 2027-2028 est préparée"), page.body());
        assertTrue(page.contains("mêmes tranches et mêmes prix"), page.body());
        int activities = db.fetchCount(ACTIVITY, ACTIVITY.START_YEAR.eq(2026));
        assertEquals(activities, db.fetchCount(ACTIVITY, ACTIVITY.START_YEAR.eq(2027)));
        assertTrue(db.fetchCount(TARIFF) > tariffs, "tariffs copied through Billing");

        page = agent.post("/agent/annee-scolaire/preparer?annee=2026-2027", Map.of("firstDay", "2027-09-02", "lastDay", "2028-07-01"));
        assertEquals(422, page.status());
        assertTrue(page.contains("déjà préparée"), page.body());
        assertEquals(activities, db.fetchCount(ACTIVITY, ACTIVITY.START_YEAR.eq(2027)), "copied once");

        // a file with one bad line: every problem with its line, nothing imported
        String bad = new String(officialFile(), StandardCharsets.UTF_8).replace("2027-12-18T00:00:00+01:00", "18/12/2027");
        page = agent.postFile("/agent/annee-scolaire/vacances?annee=2026-2027", Map.of(), "file", "calendrier.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, page.status());
        assertTrue(page.contains("Ligne 5 : date illisible « 18/12/2027 »"), page.body());
        assertEquals(0, db.fetchCount(HOLIDAY_PERIOD, HOLIDAY_PERIOD.START_YEAR.eq(2027)));
        page = agent.postFile("/agent/annee-scolaire/vacances?annee=2026-2027", Map.of(), "file", "notes.csv", "nom,prénom\nLéa,Dupont\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, page.status());
        assertTrue(page.contains("n&#39;est pas l&#39;export CSV") || page.contains("n'est pas l'export CSV"), page.body());
        page = agent.postFile("/agent/annee-scolaire/vacances?annee=2026-2027", Map.of(), "file", "", new byte[0]);
        assertTrue(page.contains("Choisissez le fichier CSV du calendrier scolaire."), page.body());

        page = agent.postFile("/agent/annee-scolaire/vacances?annee=2026-2027", Map.of(), "file", "fr-en-calendrier-scolaire.csv", officialFile());
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("6 périodes de vacances importées (4 lignes"), page.body());
        assertEquals(6, db.fetchCount(HOLIDAY_PERIOD, HOLIDAY_PERIOD.START_YEAR.eq(2027)));

        // parents: not open, then open on a day they read
        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        page = parent.get("/inscriptions?annee=2027-2028");
        assertTrue(page.contains("ne sont pas encore ouvertes"), page.body());
        page = agent.post("/agent/annee-scolaire/inscriptions?annee=2026-2027", Map.of("opensOn", "2027-06-15"));
        assertEquals(200, page.status(), page.body());
        assertEquals(java.time.LocalDate.parse("2027-06-15"), db.select(SCHOOL_YEAR_ENROLMENT_OPENING.OPENS_ON).from(SCHOOL_YEAR_ENROLMENT_OPENING)
                .where(SCHOOL_YEAR_ENROLMENT_OPENING.START_YEAR.eq(2027)).fetchOne(SCHOOL_YEAR_ENROLMENT_OPENING.OPENS_ON));
        page = parent.get("/inscriptions?annee=2027-2028");
        assertTrue(page.contains("ouvrent le mardi 15 juin 2027"), page.body());
        page = agent.post("/agent/annee-scolaire/inscriptions?annee=2026-2027", Map.of("opensOn", "le 15 juin"));
        assertEquals(422, page.status());
        assertTrue(parent.get("/agent/annee-scolaire").status() >= 400, "staff only");
    }
}
