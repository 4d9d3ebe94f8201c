package fr.portailfamille.domain.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which days of an activity a household pays, as the town sets them per activity. Fixed for every town: a
 * validated medical absence and a cancellation in time are never billed, a booked day is billed whether the
 * child came or not. Set per activity: whether a cancellation after the deadline is billed, and the surcharge
 * for late bookings (none when empty).
 */
public record BillingRules(boolean billLateCancellations, Optional<LateBookingSurcharge> lateBookingSurcharge) {

    public BillingRules {
        Objects.requireNonNull(lateBookingSurcharge, "lateBookingSurcharge");
    }

    /** Late cancellations billed, no surcharge: what most towns' rules say. */
    public static BillingRules standard() {
        return new BillingRules(true, Optional.empty());
    }

    /** Whether one day of this kind is billed, and whether it carries the late-booking surcharge. */
    public DayBilling decide(UsageKind kind) {
        boolean surcharge = lateBookingSurcharge.isPresent();
        return switch (kind) {
            case BOOKED_AND_ATTENDED, BOOKED_ABSENT_UNJUSTIFIED -> DayBilling.BILLED;
            case MEDICAL_ABSENCE_VALIDATED, CANCELLED_IN_TIME, CANCELLED_BY_TOWN -> DayBilling.NOT_BILLED;
            case CANCELLED_LATE -> billLateCancellations ? DayBilling.BILLED : DayBilling.NOT_BILLED;
            case BOOKED_LATE, ATTENDED_WITHOUT_BOOKING -> surcharge ? DayBilling.BILLED_WITH_SURCHARGE : DayBilling.BILLED;
        };
    }

    /**
     * The billed and surcharged days among one child's facts for one activity (one fact per day: two facts on
     * the same day are a bug upstream). Days come back in date order.
     */
    public BillableDays billableDays(List<UsageFact> facts) {
        Objects.requireNonNull(facts, "facts");
        Set<LocalDate> seen = new HashSet<>();
        List<LocalDate> billed = new ArrayList<>();
        List<LocalDate> surcharged = new ArrayList<>();
        facts.stream().sorted(Comparator.comparing(UsageFact::date)).forEach(fact -> {
            if (!seen.add(fact.date())) throw new IllegalArgumentException("two facts on " + fact.date());
            DayBilling day = decide(fact.kind());
            if (day.billed()) billed.add(fact.date());
            if (day.surcharged()) surcharged.add(fact.date());
        });
        return new BillableDays(billed, surcharged);
    }

    public enum DayBilling {
        NOT_BILLED(false, false),
        BILLED(true, false),
        BILLED_WITH_SURCHARGE(true, true);

        private final boolean billed;
        private final boolean surcharged;

        DayBilling(boolean billed, boolean surcharged) {
            this.billed = billed;
            this.surcharged = surcharged;
        }

        public boolean billed() {
            return billed;
        }

        public boolean surcharged() {
            return surcharged;
        }
    }

    /** Surcharged days are always among the billed ones. */
    public record BillableDays(List<LocalDate> billed, List<LocalDate> surcharged) {
        public BillableDays {
            billed = List.copyOf(billed);
            surcharged = List.copyOf(surcharged);
            if (!billed.containsAll(surcharged)) throw new IllegalArgumentException("a surcharged day is billed");
        }

        public int billedQuantity() {
            return billed.size();
        }

        public int surchargedQuantity() {
            return surcharged.size();
        }
    }
}
