package fr.portailfamille.application.billing;

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

    /** Every child's days at every activity of the régie in that month; a child without any day is absent. */
    List<ChildUsage> usage(long cashOfficeId, YearMonth month);

    /**
     * One child's days at one activity.
     *
     * @param tariffKey    the activity's «priceCategory»: which {@link Tariff} prices it
     * @param activityName printed on the invoice line
     */
    record ChildUsage(long householdId, long childId, String childName, String activityName, String tariffKey, List<UsageFact> facts) {
        public ChildUsage {
            if (householdId <= 0) throw new IllegalArgumentException("householdId");
            Objects.requireNonNull(childName, "childName");
            Objects.requireNonNull(activityName, "activityName");
            Objects.requireNonNull(tariffKey, "tariffKey");
            facts = List.copyOf(facts);
        }
    }
}
