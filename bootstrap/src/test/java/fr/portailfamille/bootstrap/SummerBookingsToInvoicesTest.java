package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.bookings.DecideEnrolment;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.persistence.billing.JooqBillableUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The summer at the end of a school year, on the real database: booked in June 2027 for July and late August, the
 * leisure centre is invoiced month by month, August's run made in September when the next year has begun.
 */
class SummerBookingsToInvoicesTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-06-01T08:00:00Z"));

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, CLOCK);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void july_and_august_days_are_booked_in_june_and_invoiced_after_the_summer() {
        var db = portal.db().dsl();
        var bookings = portal.bookingsPorts();
        var agent = portal.agent();
        var dupont = portal.actor("marie.dupont@exemple.fr");
        long lea = db.select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchOne(CHILD.ID);
        long centre = db.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.NAME.eq("Centre de loisirs des vacances"), ACTIVITY.START_YEAR.eq(2026))
                .fetchOne(ACTIVITY.ID);
        assertEquals(java.util.Map.of(), new DecideEnrolment(bookings).enrol(agent, lea, centre).asMap());

        var days = List.of("2027-07-05", "2027-07-06", "2027-07-07", "2027-08-30", "2027-08-31");
        var result = new SubmitBookings(bookings).submit(dupont, days.stream()
                .map(d -> new SubmitBookings.Item(lea, centre, LocalDate.parse(d), false)).toList());
        assertEquals(days.size(), result.count(SubmitBookings.Kind.DONE), result.toString());

        CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2027-09-02T08:00:00Z")));
        var runPorts = portal.billingPorts(new JooqBillableUsage(portal.db()));
        for (var month : List.of(YearMonth.of(2027, 7), YearMonth.of(2027, 8))) {
            long run = new OpenInvoicingRun(runPorts).start(agent, portal.periOffice(), month).id();
            assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, new ComputeInvoicingRun(runPorts).compute(agent, run));
            assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, new FinaliseInvoicingRun(runPorts).finalise(agent, run));
        }
        assertEquals(List.of(3, 2), db.select(INVOICE_LINE.QUANTITY).from(INVOICE_LINE)
                .where(INVOICE_LINE.PRESTATION.startsWith("Centre de loisirs")).orderBy(INVOICE_LINE.PRESTATION).fetch(INVOICE_LINE.QUANTITY));
    }
}
