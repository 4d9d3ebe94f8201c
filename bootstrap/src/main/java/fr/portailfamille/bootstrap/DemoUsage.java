package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.BillableUsage;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * DEMO ONLY — a small fixed list of October 2026 usage for the demo families, given to a real invoicing run by
 * {@link DemoBilling} (used by {@link DemoData} only). The portal itself reads usage from the bookings through the
 * {@link BillableUsage} port's bookings adapter.
 */
final class DemoUsage implements BillableUsage {

    static final YearMonth MONTH = YearMonth.of(2026, 10);

    private final List<ChildUsage> usage;
    private final long cashOfficeId;

    DemoUsage(long cashOfficeId, List<ChildUsage> usage) {
        this.cashOfficeId = cashOfficeId;
        this.usage = List.copyOf(usage);
    }

    @Override
    public List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        return cashOfficeId == this.cashOfficeId && month.equals(MONTH) ? usage : List.of();
    }

    /** The first {@code count} school days of the month on the given weekdays, all «booked and attended». */
    static List<UsageFact> days(int count, DayOfWeek... weekdays) {
        var facts = new ArrayList<UsageFact>();
        var wanted = List.of(weekdays);
        for (LocalDate d = MONTH.atDay(1); !d.isAfter(MONTH.atEndOfMonth()) && facts.size() < count; d = d.plusDays(1)) {
            if (wanted.contains(d.getDayOfWeek())) facts.add(new UsageFact(d, UsageKind.BOOKED_AND_ATTENDED));
        }
        return facts;
    }
}
