package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.BillableUsage;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.jooq.Record;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.CHILD;

/**
 * The seam between bookings and billing, read from the bookings tables in one query per run: every booking kept or
 * cancelled in the month, for the activities whose régie is this cash office (an activity names its régie by the
 * cash office's invoice prefix, e.g. «PERI», or by its id). Waiting-list entries are never billed.
 */
public final class JooqBillableUsage implements BillableUsage {

    private final Db db;

    public JooqBillableUsage(Db db) {
        this.db = db;
    }

    @Override
    public List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        var office = db.dsl().selectFrom(CASH_OFFICE).where(CASH_OFFICE.ID.eq(cashOfficeId)).fetchOptional();
        if (office.isEmpty()) return List.of();
        var rows = db.dsl()
                .select(CHILD.HOUSEHOLD_ID, CHILD.ID, CHILD.FIRST_NAMES, CHILD.LAST_NAME, ACTIVITY.ID, ACTIVITY.NAME, ACTIVITY.PRICE_CATEGORY,
                        BOOKING.DAY, BOOKING.STATUS, BOOKING.BOOKED_LATE, BOOKING.CANCELLED_LATE)
                .from(BOOKING)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(BOOKING.ACTIVITY_ID))
                .join(CHILD).on(CHILD.ID.eq(BOOKING.CHILD_ID))
                .where(ACTIVITY.CASH_OFFICE_ID.in(office.get().getInvoicePrefix(), Long.toString(cashOfficeId)))
                .and(BOOKING.DAY.between(month.atDay(1), month.atEndOfMonth()))
                .and(BOOKING.STATUS.ne(BookingStatus.WAITING))
                .orderBy(CHILD.HOUSEHOLD_ID, CHILD.ID, ACTIVITY.ID, BOOKING.DAY)
                .fetch();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Record row : rows) {
            var group = groups.computeIfAbsent(row.get(CHILD.ID) + "/" + row.get(ACTIVITY.ID), key -> new Group(row));
            group.facts.add(new UsageFact(row.get(BOOKING.DAY), kind(row)));
        }
        return groups.values().stream().map(Group::usage).toList();
    }

    /**
     * No attendance register yet: a kept booking counts as attended (booked late when it was); a cancellation in
     * time is never billed, a late one as the activity's rules say.
     */
    static UsageKind kind(Record row) {
        if (row.get(BOOKING.STATUS) == BookingStatus.CANCELLED) {
            return Boolean.TRUE.equals(row.get(BOOKING.CANCELLED_LATE)) ? UsageKind.CANCELLED_LATE : UsageKind.CANCELLED_IN_TIME;
        }
        return row.get(BOOKING.BOOKED_LATE) ? UsageKind.BOOKED_LATE : UsageKind.BOOKED_AND_ATTENDED;
    }

    private static final class Group {
        final Record first;
        final List<UsageFact> facts = new ArrayList<>();

        Group(Record first) {
            this.first = first;
        }

        ChildUsage usage() {
            return new ChildUsage(first.get(CHILD.HOUSEHOLD_ID), first.get(CHILD.ID), first.get(CHILD.FIRST_NAMES) + " " + first.get(CHILD.LAST_NAME),
                    first.get(ACTIVITY.NAME), first.get(ACTIVITY.PRICE_CATEGORY), facts);
        }
    }
}
