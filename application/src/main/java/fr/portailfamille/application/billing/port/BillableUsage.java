package fr.portailfamille.application.billing.port;

import fr.portailfamille.application.billing.*;
import fr.portailfamille.domain.billing.UsageFact;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Out-port: what the bookings and the registers say each child used in a month, for the activities a régie
 * invoices. It is the seam with the bookings area: its adapter reads the bookings tables, billing never does.
 */
public interface BillableUsage {

    /**
     * No usage at all: what the portal runs with until the bookings adapter of this port is wired (an invoicing run
     * then finds nothing to bill, and says so).
     */
    BillableUsage NONE = (cashOfficeId, month) -> List.of();

    /**
     * Every child's days at every activity of the régie in that month, but for the days a final invoice already bills
     * ({@link fr.portailfamille.domain.billing.BilledDay}): each day is billed once, whatever the number of runs.
     * A child without any day left is absent.
     */
    List<ChildUsage> usage(long cashOfficeId, YearMonth month);

    /**
     * One child's days at one activity.
     *
     * @param activityId   the stored activity, 0 when the usage does not come from one (the demo's made-up month)
     * @param tariffKey    the activity's «priceCategory»: which {@link Tariff} prices it
     * @param activityName printed on the invoice line
     */
    record ChildUsage(long householdId, long childId, long activityId, String childName, String activityName, String tariffKey, List<UsageFact> facts) {
        public ChildUsage {
            if (householdId <= 0) throw new IllegalArgumentException("householdId");
            if (activityId < 0) throw new IllegalArgumentException("activityId");
            Objects.requireNonNull(childName, "childName");
            Objects.requireNonNull(activityName, "activityName");
            Objects.requireNonNull(tariffKey, "tariffKey");
            facts = List.copyOf(facts);
        }

        /** Usage made up rather than read from a stored activity (the demo's month, tests). */
        public ChildUsage(long householdId, long childId, String childName, String activityName, String tariffKey, List<UsageFact> facts) {
            this(householdId, childId, 0, childName, activityName, tariffKey, facts);
        }
    }
}
