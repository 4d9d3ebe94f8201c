package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.persistence.billing.JooqBillableUsage;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seam between bookings and billing, end to end on the demo data: a month's bookings become invoice lines. */
class BookingsToInvoicesTest {

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
    void the_month_of_the_demo_bookings_invoices_each_booked_lunch() {
        var db = portal.db();
        long office = portal.periOffice();
        LocalDate firstLunch = db.dsl().select(org.jooq.impl.DSL.min(BOOKING.DAY)).from(BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .where(ACTIVITY.PRICE_CATEGORY.eq("REPAS").and(BOOKING.STATUS.eq(BookingStatus.BOOKED))).fetchOne(0, LocalDate.class);
        var month = YearMonth.from(firstLunch);
        int lunches = db.dsl().fetchCount(BOOKING.join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID)),
                ACTIVITY.PRICE_CATEGORY.eq("REPAS").and(BOOKING.STATUS.eq(BookingStatus.BOOKED))
                        .and(BOOKING.DAY.between(month.atDay(1), month.atEndOfMonth())));

        var usage = new JooqBillableUsage(db).usage(office, month);
        var canteen = usage.stream().filter(u -> u.tariffKey().equals("REPAS")).toList();
        assertEquals(lunches, canteen.stream().mapToInt(u -> u.facts().size()).sum());
        assertTrue(canteen.stream().allMatch(u -> u.facts().stream().allMatch(f -> f.kind() == UsageKind.BOOKED_AND_ATTENDED)));
        assertTrue(usage.stream().noneMatch(u -> u.facts().isEmpty()));

        var agent = portal.agent();
        var runPorts = portal.billingPortsAfter(new JooqBillableUsage(db), month);
        long run = new OpenInvoicingRun(runPorts).start(agent, office, month).id();
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, new ComputeInvoicingRun(runPorts).compute(agent, run));
        // dated the day after the month, as towns invoice (the demo's bookings may be in a month still ahead)
        assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, new FinaliseInvoicingRun(runPorts).finalise(agent, run, month.plusMonths(1).atDay(1)));
        int invoiced = db.dsl().select(org.jooq.impl.DSL.sum(INVOICE_LINE.QUANTITY)).from(INVOICE_LINE)
                .where(INVOICE_LINE.PRESTATION.startsWith("Restauration scolaire")).fetchOne(0, Integer.class);
        assertEquals(lunches, invoiced);
    }
}
