package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.schema.enums.BookingStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.SLOT;

/** Bookings written straight into their tables, as the bookings area leaves them, for the tests of billing's usage. */
final class BookingRows {

    static final OffsetDateTime EARLY = OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private final Db db;

    BookingRows(Db db) {
        this.db = db;
    }

    /** An evening activity invoiced by the régie of that prefix under «PERI-SOIR». */
    long eveningActivity(String cashOfficePrefix) {
        return activity("Accueil Périscolaire Soir", ActivityKind.ACCUEIL_SOIR, cashOfficePrefix);
    }

    /** An activity of that name and kind, invoiced by the régie of that prefix under «PERI-SOIR»: its id. */
    long activity(String name, ActivityKind kind, String cashOfficePrefix) {
        var a = BookingFixtures.activity(name, kind, BookingUnit.SESSION, BookingFixtures.SCHOOL_DAYS, 30, false, BookingFixtures.J2_WORKING,
                BookingFixtures.J2_WORKING);
        return new JooqActivityRepository(db).add(new Activity(0, a.name(), a.kind(), a.unit(), a.weekdays(), a.schoolYear(), a.defaultCapacity(),
                a.waitingList(), a.bookingRule(), a.cancellationRule(), cashOfficePrefix, "PERI-SOIR", Set.of(), Set.of())).id();
    }

    /** A child of the household: its id. */
    long child(long household, String firstNames, String lastName, LocalDate birthDate) {
        return new JooqHouseholdRepository(db).addChild(new Child(0, household, lastName, firstNames, birthDate, "", SchoolLevel.GS)).id();
    }

    /** A household of one child: {householdId, childId}. */
    long[] family(String name) {
        var households = new JooqHouseholdRepository(db);
        long household = households.add(Household.named(name)).id();
        long child = households.addChild(new Child(0, household, "Léa", name, LocalDate.of(2019, 3, 1), "", SchoolLevel.CP)).id();
        return new long[]{household, child};
    }

    /** The slot of the day, created when missing. */
    long slot(long activity, LocalDate day) {
        db.dsl().insertInto(SLOT).set(SLOT.ACTIVITY_ID, activity).set(SLOT.DAY, day).set(SLOT.CAPACITY, 30).onConflictDoNothing().execute();
        return db.dsl().select(SLOT.ID).from(SLOT).where(SLOT.ACTIVITY_ID.eq(activity), SLOT.DAY.eq(day)).fetchSingle().value1();
    }

    void book(long activity, long child, LocalDate day, boolean late) {
        db.dsl().insertInto(BOOKING).set(BOOKING.SLOT_ID, slot(activity, day)).set(BOOKING.CHILD_ID, child).set(BOOKING.ACTIVITY_ID, activity)
                .set(BOOKING.DAY, day).set(BOOKING.STATUS, BookingStatus.BOOKED).set(BOOKING.REQUESTED_AT, EARLY).set(BOOKING.BOOKED_AT, EARLY)
                .set(BOOKING.BOOKED_LATE, late).execute();
    }

    /** The kept booking of the day cancelled, in time or not: the row stays, as the bookings area keeps it. */
    void cancel(long activity, long child, LocalDate day, boolean late) {
        db.dsl().update(BOOKING).set(BOOKING.STATUS, BookingStatus.CANCELLED).set(BOOKING.CANCELLED_AT, EARLY).set(BOOKING.CANCELLED_LATE, late)
                .where(BOOKING.ACTIVITY_ID.eq(activity), BOOKING.CHILD_ID.eq(child), BOOKING.DAY.eq(day), BOOKING.STATUS.eq(BookingStatus.BOOKED))
                .execute();
    }
}
