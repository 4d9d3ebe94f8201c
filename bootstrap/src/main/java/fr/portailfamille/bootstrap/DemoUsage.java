package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * DEMO ONLY — a small fixed list of one past month's usage for the demo families, given to a real invoicing run by
 * {@link DemoBilling} (used by {@link DemoData} only). The portal itself reads usage from the bookings through the
 * {@link BillableUsage} port's bookings adapter.
 */
final class DemoUsage implements BillableUsage {

    private final YearMonth month;
    private final List<ChildUsage> usage;
    private final long cashOfficeId;

    DemoUsage(long cashOfficeId, YearMonth month, List<ChildUsage> usage) {
        this.cashOfficeId = cashOfficeId;
        this.month = month;
        this.usage = List.copyOf(usage);
    }

    /**
     * The month the demo invoices: the last complete month before today's that has classes (the summer months are
     * skipped: the demo's usage is of the school-time activities).
     */
    static YearMonth month(LocalDate today) {
        var month = YearMonth.from(today).minusMonths(1);
        while (month.getMonth() == Month.JULY || month.getMonth() == Month.AUGUST) month = month.minusMonths(1);
        return month;
    }

    @Override
    public List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        return cashOfficeId == this.cashOfficeId && month.equals(this.month) ? usage : List.of();
    }

    /** The first {@code count} days of the month on the given weekdays, all «booked and attended». */
    static List<UsageFact> days(YearMonth month, int count, DayOfWeek... weekdays) {
        var facts = new ArrayList<UsageFact>();
        var wanted = List.of(weekdays);
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()) && facts.size() < count; d = d.plusDays(1)) {
            if (wanted.contains(d.getDayOfWeek())) facts.add(new UsageFact(d, UsageKind.BOOKED_AND_ATTENDED));
        }
        return facts;
    }
}
