package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.persistence.billing.JooqBillableUsage;
import fr.portailfamille.persistence.schema.enums.AttendanceMark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.ATTENDANCE;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From the register to the invoice: an enrolled child who came without a booking, added by an agent, is billed «présent sans réservation». */
class AttendanceWithoutBookingToInvoiceTest {

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

    @Test
    void a_child_added_to_the_register_without_a_booking_is_billed_as_such() {
        var db = portal.db();
        var dsl = db.dsl();
        long hugo = dsl.select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Hugo")).fetchSingle().value1();
        // the year in progress (in the summer its last mornings are a few days old; the demo's bookings are in September)
        long morning = portal.activity("Accueil du matin", fr.portailfamille.domain.bookings.SchoolYear.containing(portal.today()));
        // the last morning that took place: Hugo, enrolled but never booked in the mornings, came all the same
        LocalDate day = dsl.select(SLOT.DAY).from(SLOT).where(SLOT.ACTIVITY_ID.eq(morning), SLOT.CLOSED.isFalse(), SLOT.DAY.le(portal.today()))
                .orderBy(SLOT.DAY.desc()).limit(1).fetchSingle().value1();
        assertEquals(0, dsl.fetchCount(BOOKING, BOOKING.CHILD_ID.eq(hugo).and(BOOKING.ACTIVITY_ID.eq(morning))));
        YearMonth month = YearMonth.from(day);
        long office = portal.periOffice();
        var usage = new JooqBillableUsage(db);
        assertEquals(0, withoutBooking(usage, office, month), "nothing yet");

        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        String register = "/agent/activites/" + morning + "/creneaux/" + day + "/appel";
        var page = agent.get(register);
        assertTrue(page.contains("Un enfant venu sans réservation") && page.contains("value=\"" + hugo + "\""), page.body());

        var refused = agent.post(register + "/sans-reservation", Map.of("child", "abc"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Choisissez un enfant inscrit à l") , refused.body());
        assertEquals(0, dsl.fetchCount(ATTENDANCE), "nothing stored");

        var added = agent.post(register + "/sans-reservation", Map.of("child", Long.toString(hugo)));
        assertEquals(200, added.status());
        assertTrue(added.contains("Présent sans réservation"), added.body());
        assertEquals(AttendanceMark.PRESENT_WITHOUT_BOOKING, dsl.select(ATTENDANCE.MARK).from(ATTENDANCE)
                .where(ATTENDANCE.CHILD_ID.eq(hugo), ATTENDANCE.ACTIVITY_ID.eq(morning), ATTENDANCE.DAY.eq(day)).fetchSingle().value1());
        assertTrue(agent.get(register + "/imprimer").contains("1 présent sans réservation"));
        assertTrue(agent.download(register + "/export.csv").statusCode() == 200);

        var facts = usage.usage(office, month).stream().filter(u -> u.childId() == hugo && u.tariffKey().equals("PERI-MATIN"))
                .flatMap(u -> u.facts().stream()).toList();
        assertEquals(1, facts.size(), facts.toString());
        assertEquals(UsageKind.ATTENDED_WITHOUT_BOOKING, facts.getFirst().kind());
        assertEquals(day, facts.getFirst().date());

        var staff = portal.agent();
        var runPorts = portal.billingPorts(usage);
        long run = new OpenInvoicingRun(runPorts).start(staff, office, month).id();
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, new ComputeInvoicingRun(runPorts).compute(staff, run));
        var hugosMornings = new ReviewInvoicingRun(runPorts).review(staff, run).drafts().stream().flatMap(d -> d.draft().lines().stream())
                .filter(l -> l.childName().startsWith("Hugo") && l.prestation().startsWith("Accueil du matin")).toList();
        assertEquals(1, hugosMornings.stream().mapToInt(InvoiceLine::quantity).sum(), "one morning, present without a booking: " + hugosMornings);

        // taken off the register (a mistake): no longer billed
        var removed = agent.post(register, Map.of("presence-" + hugo, "REMOVE"));
        assertEquals(200, removed.status());
        assertEquals(0, withoutBooking(usage, office, month));
        assertFalse(agent.get(register).contains("Retirer du registre"));
    }

    private static long withoutBooking(JooqBillableUsage usage, long office, YearMonth month) {
        return usage.usage(office, month).stream().flatMap(u -> u.facts().stream()).filter(f -> f.kind() == UsageKind.ATTENDED_WITHOUT_BOOKING).count();
    }
}
