package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.application.bookings.DecideAbsence;
import fr.portailfamille.application.bookings.DeclareAbsence;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.persistence.billing.JooqBillableUsage;
import fr.portailfamille.persistence.bookings.JooqAbsenceRepository;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What keeps a booked day off the invoice: a validated absence for illness, a day the town closes (the family is told). */
class MedicalAbsenceToInvoiceTest {

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
    void a_validated_absence_is_not_billed() {
        var db = portal.db();
        var agent = portal.agent();
        var absences = new JooqAbsenceRepository(db);
        var bookings = portal.bookingsPorts();
        var decide = new DecideAbsence(bookings, absences);
        var dupont = portal.actor("marie.dupont@exemple.fr");
        long office = portal.periOffice();
        var lunch = ACTIVITY.PRICE_CATEGORY.eq("REPAS").and(BOOKING.STATUS.eq(BookingStatus.BOOKED));
        var leasLunches = db.dsl().select(BOOKING.DAY, BOOKING.CHILD_ID).from(BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .join(CHILD).on(CHILD.ID.eq(BOOKING.CHILD_ID)).where(lunch, CHILD.FIRST_NAMES.eq("Léa")).orderBy(BOOKING.DAY).fetch();
        // the month where Léa lunches most, and its last lunch: she falls ill that day
        var month = leasLunches.stream().map(r -> YearMonth.from(r.get(BOOKING.DAY)))
                .collect(Collectors.groupingBy(m -> m, Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        var day = leasLunches.stream().map(r -> r.get(BOOKING.DAY)).filter(d -> YearMonth.from(d).equals(month)).max(LocalDate::compareTo).orElseThrow();
        int lunches = db.dsl().fetchCount(BOOKING.join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID)),
                lunch.and(BOOKING.DAY.between(month.atDay(1), month.atEndOfMonth())));
        assertTrue(lunches >= 2, "a month with several lunches: " + month);
        var declared = assertInstanceOf(DeclareAbsence.Result.Declared.class, new DeclareAbsence(bookings, absences).declare(dupont,
                new DeclareAbsence.Command(Long.toString(leasLunches.getFirst().get(BOOKING.CHILD_ID)), day.toString(), "", "certificat.pdf",
                        "%PDF-1.4 certificat".getBytes(), false)));

        var usage = new JooqBillableUsage(db);
        assertEquals(0, medicalDays(usage.usage(office, month)), "pending: still billed as booked");
        decide.validate(agent, declared.absence().id());
        var facts = usage.usage(office, month);
        assertEquals(2, medicalDays(facts), "the morning and the lunch of that day");
        assertTrue(facts.stream().flatMap(u -> u.facts().stream()).filter(f -> f.kind() == UsageKind.MEDICAL_ABSENCE_VALIDATED).allMatch(f -> f.date().equals(day)));

        var runPorts = portal.billingPortsAfter(usage, month);
        long run = new OpenInvoicingRun(runPorts).start(agent, office, month).id();
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, new ComputeInvoicingRun(runPorts).compute(agent, run));
        // the month may lie ahead of the demo's today, so the drafts (not yet issued) carry the proof
        int invoiced = new ReviewInvoicingRun(runPorts).review(agent, run).drafts().stream().flatMap(d -> d.draft().lines().stream())
                .filter(l -> l.prestation().startsWith("Restauration scolaire")).mapToInt(InvoiceLine::quantity).sum();
        assertEquals(lunches - 1, invoiced, "every booked lunch of the month but Léa's day of illness");
    }

    @Test
    void a_day_the_town_closes_is_the_towns_cancellation() {
        var db = portal.db();
        var agent = portal.agent();
        var bookings = portal.bookingsPorts();
        var booked = db.dsl().select(BOOKING.DAY, BOOKING.ACTIVITY_ID).from(BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .where(ACTIVITY.PRICE_CATEGORY.eq("PERI-MATIN"), BOOKING.STATUS.eq(BookingStatus.BOOKED)).orderBy(BOOKING.DAY).limit(1).fetchOne();
        var day = booked.get(BOOKING.DAY);
        long office = portal.periOffice();
        var usage = new JooqBillableUsage(db);
        assertEquals(0, kindOn(usage, office, day, UsageKind.CANCELLED_BY_TOWN));
        new fr.portailfamille.application.bookings.ManageSlots(bookings).close(agent, booked.get(BOOKING.ACTIVITY_ID), day);
        assertEquals(1, kindOn(usage, office, day, UsageKind.CANCELLED_BY_TOWN));
        var told = db.dsl().select(fr.portailfamille.persistence.schema.Tables.NOTIFICATION.TITLE).from(fr.portailfamille.persistence.schema.Tables.NOTIFICATION)
                .where(fr.portailfamille.persistence.schema.Tables.NOTIFICATION.KIND.eq("DAY_CLOSED")).fetch(0, String.class);
        assertEquals(1, told.size(), "Léa's family is told: " + told);
        assertTrue(told.getFirst().contains("la réservation de Léa est annulée et ne sera pas facturée"), told.getFirst());
    }

    @Test
    void a_child_marked_absent_without_a_certificate_is_billed_as_absent_unjustified() {
        var db = portal.db();
        var agent = portal.agent();
        var bookings = portal.bookingsPorts();
        var booked = db.dsl().select(BOOKING.DAY, BOOKING.ACTIVITY_ID, BOOKING.CHILD_ID).from(BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .where(ACTIVITY.PRICE_CATEGORY.eq("PERI-MATIN"), BOOKING.STATUS.eq(BookingStatus.BOOKED)).orderBy(BOOKING.DAY).offset(1).limit(1).fetchOne();
        var day = booked.get(BOOKING.DAY);
        long office = portal.periOffice();
        var usage = new JooqBillableUsage(db);
        assertEquals(1, kindOn(usage, office, day, UsageKind.BOOKED_AND_ATTENDED));
        var register = new fr.portailfamille.application.bookings.KeepRegister(bookings, new JooqAbsenceRepository(db),
                new fr.portailfamille.persistence.bookings.JooqAttendanceRepository(db));
        assertTrue(register.save(agent, booked.get(BOOKING.ACTIVITY_ID), day, Map.of(booked.get(BOOKING.CHILD_ID), "ABSENT")).isEmpty());
        assertEquals(1, kindOn(usage, office, day, UsageKind.BOOKED_ABSENT_UNJUSTIFIED));
        assertEquals(0, kindOn(usage, office, day, UsageKind.BOOKED_AND_ATTENDED));
    }

    private static long kindOn(JooqBillableUsage usage, long office, LocalDate day, UsageKind kind) {
        return usage.usage(office, YearMonth.from(day)).stream().filter(u -> u.tariffKey().equals("PERI-MATIN")).flatMap(u -> u.facts().stream())
                .filter(f -> f.date().equals(day) && f.kind() == kind).count();
    }

    private static long medicalDays(java.util.List<fr.portailfamille.application.billing.port.BillableUsage.ChildUsage> usage) {
        return usage.stream().flatMap(u -> u.facts().stream()).filter(f -> f.kind() == UsageKind.MEDICAL_ABSENCE_VALIDATED).count();
    }
}
