package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.schema.enums.AbsenceStatus;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;
import static fr.portailfamille.persistence.schema.Tables.NOTIFICATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Absences for illness over HTTP on the demo town: declared with a certificate, decided by an agent, the certificate kept to its household. */
class AbsencesWebTest {

    static final byte[] PDF = "%PDF-1.4\n% certificat du Dr Martin\n".getBytes();

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static long hugo() {
        return portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Hugo")).fetchOne(CHILD.ID);
    }

    @Test
    void a_family_declares_an_agent_validates_another_family_never_sees_the_certificate() {
        var db = portal.db().dsl();
        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var page = parent.get("/planning/absences");
        assertEquals(200, page.status());
        assertTrue(page.contains("certificat-lea.pdf"), "the demo's absence: " + page.body());

        // Léa's last booked day (the demo's pending absence is on her first); Hugo is booked on none of her days
        long hugo = hugo();
        LocalDate day = db.select(BOOKING.DAY).from(BOOKING).join(CHILD).on(CHILD.ID.eq(BOOKING.CHILD_ID))
                .where(CHILD.FIRST_NAMES.eq("Léa"), BOOKING.STATUS.eq(BookingStatus.BOOKED)).orderBy(BOOKING.DAY.desc()).limit(1).fetchOne(BOOKING.DAY);
        long lea = db.select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchOne(CHILD.ID);
        int before = db.fetchCount(MEDICAL_ABSENCE);

        var spoofed = parent.postFile("/planning/absences", Map.of("child", Long.toString(lea), "firstDay", day.toString()), "file", "certificat.pdf",
                "MZ not a pdf".getBytes());
        assertEquals(422, spoofed.status());
        assertTrue(spoofed.contains("ni un PDF"), spoofed.body());
        var nothingBooked = parent.postFile("/planning/absences", Map.of("child", Long.toString(hugo), "firstDay", day.toString()), "file", "c.pdf", PDF);
        assertEquals(422, nothingBooked.status());
        assertTrue(nothingBooked.contains("Hugo n&#39;a aucune réservation") || nothingBooked.contains("Hugo n'a aucune réservation"), nothingBooked.body());
        var badDate = parent.postFile("/planning/absences", Map.of("child", Long.toString(lea), "firstDay", "demain"), "file", "c.pdf", PDF);
        assertEquals(422, badDate.status());
        assertEquals(before, db.fetchCount(MEDICAL_ABSENCE), "nothing stored");

        var declared = parent.postFile("/planning/absences", Map.of("child", Long.toString(lea), "firstDay", day.toString(), "lastDay", day.toString()),
                "file", "certificat <Léa>.pdf", PDF);
        assertEquals(200, declared.status(), declared.body());
        assertTrue(declared.contains("est transmise à la mairie"), declared.body());
        assertTrue(declared.contains("certificat &lt;Léa&gt;.pdf"), "the name is escaped");
        long id = db.select(MEDICAL_ABSENCE.ID).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.FIRST_DAY.eq(day)).fetchOne(MEDICAL_ABSENCE.ID);
        assertArrayEquals(PDF, parent.download("/planning/absences/" + id + "/certificat").body());

        var other = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        assertEquals(404, other.download("/planning/absences/" + id + "/certificat").statusCode());
        assertTrue(!other.get("/planning/absences").contains("certificat &lt;Léa&gt;.pdf"));

        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var queue = agent.get("/agent/absences");
        assertTrue(queue.contains("/agent/absences/" + id + "/certificat"), queue.body());
        assertArrayEquals(PDF, agent.download("/agent/absences/" + id + "/certificat").body());
        var noReason = agent.post("/agent/absences/" + id + "/refuser", Map.of("reason", " "));
        assertEquals(422, noReason.status());
        assertTrue(noReason.contains("Indiquez le motif du refus"), noReason.body());
        int notified = db.fetchCount(NOTIFICATION, NOTIFICATION.KIND.eq("ABSENCE_DECISION"));
        var validated = agent.post("/agent/absences/" + id + "/valider", Map.of());
        assertTrue(validated.contains("L'absence est validée") || validated.contains("L&#39;absence est validée"), validated.body());
        assertEquals(AbsenceStatus.VALIDATED, db.select(MEDICAL_ABSENCE.STATUS).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.ID.eq(id)).fetchOne(MEDICAL_ABSENCE.STATUS));
        assertTrue(db.fetchCount(NOTIFICATION, NOTIFICATION.KIND.eq("ABSENCE_DECISION")) > notified, "the family is told");
        assertTrue(parent.get("/planning/absences").contains("Validée"));
        assertTrue(parent.get("/planning?date=" + day + "&enfant=" + lea).contains("absence justifiée, non facturé"), "the planning says it");
    }

    @Test
    void absence_pages_are_the_familys_and_the_staffs() {
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertEquals(404, agent.get("/planning/absences").status());
        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        assertEquals(404, parent.get("/agent/absences").status());
    }

    @Test
    void the_register_shows_the_validated_absence_as_justified_saves_marks_prints_and_exports() {
        var db = portal.db().dsl();
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var demo = db.selectFrom(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.CERTIFICATE_NAME.eq("certificat-lea.pdf")).fetchOne();
        long lea = demo.getChildId();
        // the activity Léa is booked on that day (on a weekend seed the morning's J-2 rule leaves her first days to the canteen)
        long morning = db.select(BOOKING.ACTIVITY_ID).from(BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .where(BOOKING.CHILD_ID.eq(lea), BOOKING.DAY.eq(demo.getFirstDay()), BOOKING.STATUS.eq(BookingStatus.BOOKED))
                .orderBy(ACTIVITY.NAME.ne("Accueil du matin"), ACTIVITY.ID).limit(1).fetchOne(BOOKING.ACTIVITY_ID);
        agent.post("/agent/absences/" + demo.getId() + "/valider", Map.of());
        String ill = "/agent/activites/" + morning + "/creneaux/" + demo.getFirstDay() + "/appel";
        var register = agent.get(ill);
        assertEquals(200, register.status(), register.body());
        assertTrue(register.contains("Absence justifiée") && register.contains("Léa"), register.body());
        assertTrue(!register.contains("name=\"presence-" + lea + "\""), "a justified absence is not marked by hand");

        LocalDate other = db.select(BOOKING.DAY).from(BOOKING).where(BOOKING.CHILD_ID.eq(lea), BOOKING.ACTIVITY_ID.eq(morning),
                BOOKING.STATUS.eq(BookingStatus.BOOKED), BOOKING.DAY.gt(demo.getLastDay())).orderBy(BOOKING.DAY).limit(1).fetchOne(BOOKING.DAY);
        String path = "/agent/activites/" + morning + "/creneaux/" + other + "/appel";
        assertTrue(agent.get(path).contains("Non pointé") || agent.get(path).contains("name=\"presence-" + lea + "\""));
        var wrong = agent.post(path, Map.of("presence-" + lea, "PEUT-ETRE"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.contains("Choisissez « présent » ou « absent »"), wrong.body());
        var saved = agent.post(path, Map.of("presence-" + lea, "PRESENT"));
        assertEquals(200, saved.status());
        assertTrue(saved.contains("Le registre est enregistré") && saved.contains("value=\"PRESENT\" checked"), saved.body());

        var print = agent.get(path + "/imprimer");
        assertEquals(200, print.status());
        assertTrue(print.contains("/static/registre.css") && print.contains("Présent"), print.body());
        var csv = agent.download(path + "/export.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNom;Prénoms;Niveau;École;Présence"), text);
        assertTrue(text.contains("Dupont;Léa;") && text.contains(";Présent"), text);
        assertTrue(new String(agent.download(ill + "/export.csv").body(), java.nio.charset.StandardCharsets.UTF_8).contains(";Absence justifiée"));

        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        assertEquals(404, parent.get(path).status());
        assertEquals(404, parent.download(path + "/export.csv").statusCode());
    }
}
