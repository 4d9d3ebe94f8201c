package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static fr.portailfamille.persistence.schema.Tables.DEMARCHE;
import static fr.portailfamille.persistence.schema.Tables.ENROLMENT;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_THREAD;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agents' home is a working dashboard: today's and this week's places per activity, and the work waiting, each linked. */
class StaffHomeWebTest {

    /** A Tuesday in term time, so «today» and «this week» are school days whatever the machine's date. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, new MutableClock(Instant.parse("2026-12-08T08:00:00Z")));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void an_agent_sees_todays_and_this_weeks_places_per_activity_and_what_to_review() {
        var dsl = portal.db().dsl();
        long morning = portal.activity("Accueil du matin");
        // today's morning slot: 5 of 12 places taken
        dsl.insertInto(SLOT).set(SLOT.ACTIVITY_ID, morning).set(SLOT.DAY, TUESDAY).set(SLOT.CAPACITY, 12).set(SLOT.BOOKED, 5)
                .onConflict(SLOT.ACTIVITY_ID, SLOT.DAY).doUpdate().set(SLOT.CAPACITY, 12).set(SLOT.BOOKED, 5).execute();
        int waiting = dsl.select(SLOT.WAITING).from(SLOT).where(SLOT.ACTIVITY_ID.eq(morning), SLOT.DAY.eq(TUESDAY)).fetchOne(SLOT.WAITING);

        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var home = agent.get("/");
        assertEquals(200, home.status());
        String body = home.body();
        assertTrue(body.contains("Aujourd&#39;hui, 08/12/2026") || body.contains("Aujourd'hui, 08/12/2026"), body);
        assertTrue(body.contains("<a href=\"/agent/activites/" + morning + "/creneaux/2026-12-08\">Accueil du matin</a>"), body);
        assertTrue(body.contains("5 / 12</td><td data-label=\"Occupation\">42 %</td>"), body);
        assertTrue(body.contains(waiting == 0 ? "personne" : waiting + " enfant"), body);

        // the week, Monday 7 to Sunday 13 December, adds the morning's days up
        var week = dsl.select(org.jooq.impl.DSL.sum(SLOT.BOOKED), org.jooq.impl.DSL.sum(SLOT.CAPACITY)).from(SLOT)
                .where(SLOT.ACTIVITY_ID.eq(morning), SLOT.DAY.between(TUESDAY.minusDays(1), TUESDAY.plusDays(5))).fetchOne();
        assertTrue(body.contains("Semaine du 07/12/2026 au 13/12/2026"), body);
        assertTrue(body.contains("<a href=\"/agent/activites/" + morning + "\">Accueil du matin</a></td>\n        <td data-label=\"Réservées / places\">"
                + week.value1().intValue() + " / " + week.value2().intValue() + "</td>"), body);

        // the work waiting, as the tables count it
        assertTrue(body.contains(count(dsl.fetchCount(SUPPORTING_DOCUMENT, SUPPORTING_DOCUMENT.STATUS.eq(fr.portailfamille.persistence.schema.enums.DocumentStatus.PENDING)),
                "justificatif") + " à valider</a>"), body);
        assertTrue(body.contains(count(dsl.fetchCount(ENROLMENT, ENROLMENT.STATUS.eq(fr.portailfamille.persistence.schema.enums.EnrolmentStatus.PENDING)),
                "inscription") + " à décider</a>"), body);
        assertTrue(body.contains(count(dsl.fetchCount(MEDICAL_ABSENCE, MEDICAL_ABSENCE.STATUS.eq(fr.portailfamille.persistence.schema.enums.AbsenceStatus.PENDING)),
                "absence") + " à valider</a>"), body);
        assertTrue(body.contains(count(dsl.fetchCount(DEMARCHE, DEMARCHE.STATUS.eq("SUBMITTED")), "démarche") + " en attente de validation</a>"), body);
        assertTrue(body.contains(count(dsl.fetchCount(MESSAGE_THREAD, MESSAGE_THREAD.OPEN.isTrue().and(MESSAGE_THREAD.UNREAD_BY_TOWN.isTrue())), "échange")
                + " avec un message non lu</a>"), body);
        int overdue = dsl.fetchCount(INVOICE, INVOICE.STATUS.eq("TO_PAY").and(INVOICE.DUE_ON.lt(TUESDAY)));
        assertTrue(body.contains(overdue + (overdue > 1 ? " factures impayées" : " facture impayée") + " après l&#39;échéance</a>")
                || body.contains(overdue + (overdue > 1 ? " factures impayées" : " facture impayée") + " après l'échéance</a>"), body);
        assertFalse(body.contains("Mes démarches"), "no parent block on the agents' home");
    }

    static String count(int n, String singular) {
        return n + " " + singular + (n > 1 ? "s" : "");
    }
}
