package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import fr.portailfamille.persistence.schema.enums.AbsenceStatus;
import fr.portailfamille.persistence.schema.enums.AttendanceMark;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.ATTENDANCE;
import static fr.portailfamille.persistence.schema.Tables.BILLED_DAY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.CLOSURE;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;
import static fr.portailfamille.persistence.schema.Tables.SLOT;

/**
 * The seam between bookings and billing, read from the bookings tables in one query per run: every booking kept or
 * cancelled in the month, for the activities whose régie is this cash office (an activity names its régie by the
 * cash office's invoice prefix, e.g. «PERI», or by its id), and the children an agent added to a register without a
 * booking (a second query). Waiting-list entries are never billed, nor a day a final invoice bills already
 * ({@code billed_day}): a complementary run of the month bills only the rest. A day cancelled then booked again has
 * several rows: the booking kept wins, else the latest cancellation.
 */
public final class JooqBillableUsage implements BillableUsage {

    /** The child's booking day lies within an absence for illness the town validated. */
    private static final Field<Boolean> MEDICAL = DSL.field(DSL.exists(DSL.selectOne().from(MEDICAL_ABSENCE)
            .where(MEDICAL_ABSENCE.CHILD_ID.eq(BOOKING.CHILD_ID), MEDICAL_ABSENCE.STATUS.eq(AbsenceStatus.VALIDATED),
                    MEDICAL_ABSENCE.FIRST_DAY.le(BOOKING.DAY), MEDICAL_ABSENCE.LAST_DAY.ge(BOOKING.DAY)))).as("medical_absence");

    /** The register marks the child absent that day (billed all the same, but the invoice run tells it apart). */
    private static final Field<Boolean> MARKED_ABSENT = DSL.field(DSL.exists(DSL.selectOne().from(ATTENDANCE)
            .where(ATTENDANCE.ACTIVITY_ID.eq(BOOKING.ACTIVITY_ID), ATTENDANCE.DAY.eq(BOOKING.DAY), ATTENDANCE.CHILD_ID.eq(BOOKING.CHILD_ID),
                    ATTENDANCE.MARK.eq(AttendanceMark.ABSENT)))).as("marked_absent");

    /** A closure day of the school calendar (entered after the booking: the slot itself is not closed). */
    private static final Field<Boolean> CLOSURE_DAY = DSL.field(DSL.exists(DSL.selectOne().from(CLOSURE).where(CLOSURE.DAY.eq(BOOKING.DAY))))
            .as("closure_day");

    /** An agent added the child to that day's register without a booking. */
    private static final org.jooq.Condition CAME_WITHOUT_BOOKING = DSL.exists(DSL.selectOne().from(ATTENDANCE)
            .where(ATTENDANCE.ACTIVITY_ID.eq(BOOKING.ACTIVITY_ID), ATTENDANCE.DAY.eq(BOOKING.DAY), ATTENDANCE.CHILD_ID.eq(BOOKING.CHILD_ID),
                    ATTENDANCE.MARK.eq(AttendanceMark.PRESENT_WITHOUT_BOOKING)));

    /** A final invoice bills that child's day at that activity already. */
    private static org.jooq.Condition billed(Field<Long> child, Field<Long> activity, Field<java.time.LocalDate> day) {
        return DSL.exists(DSL.selectOne().from(BILLED_DAY).where(BILLED_DAY.CHILD_ID.eq(child), BILLED_DAY.ACTIVITY_ID.eq(activity), BILLED_DAY.DAY.eq(day)));
    }

    private final Db db;

    public JooqBillableUsage(Db db) {
        this.db = db;
    }

    @Override
    public List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        var office = db.dsl().selectFrom(CASH_OFFICE).where(CASH_OFFICE.ID.eq(cashOfficeId)).fetchOptional();
        if (office.isEmpty()) return List.of();
        var rows = db.dsl()
                .selectDistinct(CHILD.HOUSEHOLD_ID, CHILD.ID, CHILD.FIRST_NAMES, CHILD.LAST_NAME, ACTIVITY.ID, ACTIVITY.NAME, ACTIVITY.PRICE_CATEGORY,
                        BOOKING.DAY, BOOKING.STATUS, BOOKING.BOOKED_LATE, BOOKING.CANCELLED_LATE, SLOT.CLOSED, CLOSURE_DAY, MEDICAL, MARKED_ABSENT)
                .on(BOOKING.CHILD_ID, BOOKING.ACTIVITY_ID, BOOKING.DAY)
                .from(BOOKING)
                .join(SLOT).on(SLOT.ID.eq(BOOKING.SLOT_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .join(CHILD).on(CHILD.ID.eq(BOOKING.CHILD_ID))
                .where(ACTIVITY.CASH_OFFICE_ID.in(office.get().getInvoicePrefix(), Long.toString(cashOfficeId)))
                .and(BOOKING.DAY.between(month.atDay(1), month.atEndOfMonth()))
                .and(BOOKING.STATUS.ne(BookingStatus.WAITING))
                // a cancelled day the child came all the same is billed once, as present without a booking (below)
                .andNot(BOOKING.STATUS.eq(BookingStatus.CANCELLED).and(CAME_WITHOUT_BOOKING))
                .andNot(billed(BOOKING.CHILD_ID, BOOKING.ACTIVITY_ID, BOOKING.DAY))
                .orderBy(BOOKING.CHILD_ID, BOOKING.ACTIVITY_ID, BOOKING.DAY, DSL.when(BOOKING.STATUS.eq(BookingStatus.BOOKED), 0).otherwise(1),
                        BOOKING.ID.desc())
                .fetch();
        // children an agent added to a register without a booking (a booking made since wins: it is billed above)
        var kept = BOOKING.as("kept");
        var cameWithoutBooking = db.dsl()
                .select(CHILD.HOUSEHOLD_ID, CHILD.ID, CHILD.FIRST_NAMES, CHILD.LAST_NAME, ACTIVITY.ID, ACTIVITY.NAME, ACTIVITY.PRICE_CATEGORY, ATTENDANCE.DAY)
                .from(ATTENDANCE)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(ATTENDANCE.ACTIVITY_ID))
                .join(CHILD).on(CHILD.ID.eq(ATTENDANCE.CHILD_ID))
                .where(ACTIVITY.CASH_OFFICE_ID.in(office.get().getInvoicePrefix(), Long.toString(cashOfficeId)))
                .and(ATTENDANCE.DAY.between(month.atDay(1), month.atEndOfMonth()))
                .and(ATTENDANCE.MARK.eq(AttendanceMark.PRESENT_WITHOUT_BOOKING))
                .andNotExists(DSL.selectOne().from(kept).where(kept.ACTIVITY_ID.eq(ATTENDANCE.ACTIVITY_ID), kept.DAY.eq(ATTENDANCE.DAY),
                        kept.CHILD_ID.eq(ATTENDANCE.CHILD_ID), kept.STATUS.eq(BookingStatus.BOOKED)))
                .andNot(billed(ATTENDANCE.CHILD_ID, ATTENDANCE.ACTIVITY_ID, ATTENDANCE.DAY))
                .fetch();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Record row : rows) {
            var group = groups.computeIfAbsent(row.get(CHILD.ID) + "/" + row.get(ACTIVITY.ID), key -> new Group(row));
            group.facts.add(new UsageFact(row.get(BOOKING.DAY), kind(row)));
        }
        for (Record row : cameWithoutBooking) {
            var group = groups.computeIfAbsent(row.get(CHILD.ID) + "/" + row.get(ACTIVITY.ID), key -> new Group(row));
            group.facts.add(new UsageFact(row.get(ATTENDANCE.DAY), UsageKind.ATTENDED_WITHOUT_BOOKING));
        }
        return groups.values().stream()
                .sorted(Comparator.comparing((Group g) -> g.first.get(CHILD.HOUSEHOLD_ID)).thenComparing(g -> g.first.get(CHILD.ID))
                        .thenComparing(g -> g.first.get(ACTIVITY.ID)))
                .map(Group::usage).toList();
    }

    /**
     * A cancellation in time is never billed, a late one as the activity's rules say. A kept booking on a day the
     * town closed is the town's cancellation; one covered by a validated absence for illness is not the family's
     * either; otherwise it counts as attended (booked late when it was).
     */
    static UsageKind kind(Record row) {
        if (row.get(BOOKING.STATUS) == BookingStatus.CANCELLED) {
            return Boolean.TRUE.equals(row.get(BOOKING.CANCELLED_LATE)) ? UsageKind.CANCELLED_LATE : UsageKind.CANCELLED_IN_TIME;
        }
        if (row.get(SLOT.CLOSED) || row.get(CLOSURE_DAY)) return UsageKind.CANCELLED_BY_TOWN;
        if (row.get(MEDICAL)) return UsageKind.MEDICAL_ABSENCE_VALIDATED;
        if (row.get(MARKED_ABSENT)) return UsageKind.BOOKED_ABSENT_UNJUSTIFIED;
        return row.get(BOOKING.BOOKED_LATE) ? UsageKind.BOOKED_LATE : UsageKind.BOOKED_AND_ATTENDED;
    }

    private static final class Group {
        final Record first;
        final List<UsageFact> facts = new ArrayList<>();

        Group(Record first) {
            this.first = first;
        }

        ChildUsage usage() {
            facts.sort(Comparator.comparing(UsageFact::date));
            return new ChildUsage(first.get(CHILD.HOUSEHOLD_ID), first.get(CHILD.ID), first.get(ACTIVITY.ID), first.get(CHILD.FIRST_NAMES) + " " + first.get(CHILD.LAST_NAME),
                    first.get(ACTIVITY.NAME), first.get(ACTIVITY.PRICE_CATEGORY), facts);
        }
    }
}
