package fr.portailfamille.application.bookings.port;

import fr.portailfamille.application.bookings.*;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.Slot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Out-port: slots with their bookings and waiting lists. A use case loads slots with {@link #lock} inside a
 * transaction, lets each {@link Slot} decide, then {@link #save}s them in the same transaction: the lock keeps two
 * families from deciding on the same places at once, and the adapter writes the bookings and the places taken in
 * a few batched statements, whatever the number of days.
 */
public interface SlotRepository {

    /** Creates the slots of these days that do not exist yet, at the activity's default capacity; existing ones are kept. */
    void ensure(Activity activity, Collection<LocalDate> days);

    /**
     * The stored slots of these days, in date order, locked until the transaction ends (days without a slot are left
     * out). Outside a transaction the lock ends at once: call it within {@code Transactions.inTransaction}.
     */
    List<Slot> lock(Activity activity, SchoolCalendar calendar, Collection<LocalDate> days);

    /**
     * Like {@link #lock}, but each slot is the view a parent's request needs ({@link Slot#restoreFor}): its counts, the
     * entries of these persons, and the first waiting persons — as many as the request cancels that day, the most it
     * can promote. What it reads does not grow with the slot's bookings: at the registration opening every family waits
     * on these locks.
     *
     * @param cancellations by day, how many cancellations the request makes (missing: none)
     */
    List<Slot> lockFor(Activity activity, SchoolCalendar calendar, Collection<LocalDate> days, Collection<Long> persons,
                       Map<LocalDate, Integer> cancellations);

    /**
     * Writes what changed on slots returned by {@link #lock} in this transaction: new bookings and waiting-list
     * entries (in list order), promotions, cancellations (with their time and lateness against the slot's deadlines),
     * capacity and closing. Throws when a slot would hold more bookings than places (the transaction then rolls back).
     */
    void save(Collection<Slot> slots, Instant now);

    /** Places and counts of these activities' slots between two days (both included), by activity then day. */
    List<SlotSummary> summaries(Collection<Long> activityIds, LocalDate from, LocalDate to);

    /** The bookings and waiting-list places of these persons between two days (cancelled ones left out). */
    List<PersonBooking> bookingsOf(Collection<Long> personIds, LocalDate from, LocalDate to);

    /**
     * Every request of these activities between two days, cancelled ones included, by day then child: what Billing
     * derives a usage from (booked, cancelled in time or late, booked late).
     */
    List<BookingRecord> records(Collection<Long> activityIds, LocalDate from, LocalDate to);
}
