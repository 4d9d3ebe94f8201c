package fr.portailfamille.bootstrap;

import fr.portailfamille.application.bookings.ManageSchoolCalendar;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.bookings.SchoolYear;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A closure day entered in the school calendar after families booked it (the slots stay open: the calendar closes the
 * day) is the town's cancellation, as a slot an agent closes (own portal: it changes a month other tests bill).
 */
class ClosureDayToInvoiceTest {

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
    void a_closure_day_entered_after_the_booking_is_not_billed_to_the_family() {
        var db = portal.db();
        var agent = portal.agent();
        var bookings = portal.bookingsPorts();
        LocalDate day = db.dsl().select(BOOKING.DAY).from(BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .where(ACTIVITY.PRICE_CATEGORY.eq("PERI-MATIN"), BOOKING.STATUS.eq(BookingStatus.BOOKED)).orderBy(BOOKING.DAY).offset(2).limit(1)
                .fetchSingle().value1();
        long office = portal.periOffice();
        var usage = new JooqBillableUsage(db);
        assertEquals(1, kindOn(usage, office, day, UsageKind.BOOKED_AND_ATTENDED));
        assertTrue(new ManageSchoolCalendar(bookings).addClosure(agent, SchoolYear.containing(day), day.toString(), "Grève des agents").isEmpty());
        assertEquals(1, kindOn(usage, office, day, UsageKind.CANCELLED_BY_TOWN));
        assertEquals(0, kindOn(usage, office, day, UsageKind.BOOKED_AND_ATTENDED));
    }

    private static long kindOn(JooqBillableUsage usage, long office, LocalDate day, UsageKind kind) {
        return usage.usage(office, YearMonth.from(day)).stream().filter(u -> u.tariffKey().equals("PERI-MATIN")).flatMap(u -> u.facts().stream())
                .filter(f -> f.date().equals(day) && f.kind() == kind).count();
    }
}
