package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BilledDay;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A list of usage, as tests give it; the bookings adapter replaces it in the portal. Like it, it leaves out the days
 * the invoices of {@code billed} bill already (none when it has no repository).
 */
public final class InMemoryBillableUsage implements BillableUsage {

    private record Entry(long cashOfficeId, YearMonth month, ChildUsage usage) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Predicate<BilledDay> billed;

    /** Usage of which nothing is ever billed: each run sees it whole. */
    public InMemoryBillableUsage() {
        this(day -> false);
    }

    public InMemoryBillableUsage(InMemoryInvoiceRepository invoices) {
        this(invoices::isBilled);
    }

    private InMemoryBillableUsage(Predicate<BilledDay> billed) {
        this.billed = billed;
    }

    /** Forgets every entry: the bookings changed, the test gives them again. */
    public synchronized void clear() {
        entries.clear();
    }

    /** Records one child's days at one activity of the régie in that month. */
    public synchronized InMemoryBillableUsage add(long cashOfficeId, YearMonth month, ChildUsage usage) {
        entries.add(new Entry(cashOfficeId, Objects.requireNonNull(month), Objects.requireNonNull(usage)));
        return this;
    }

    @Override
    public synchronized List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        return entries.stream().filter(e -> e.cashOfficeId() == cashOfficeId && e.month().equals(month))
                .map(e -> unbilled(e.usage())).filter(u -> !u.facts().isEmpty()).toList();
    }

    private ChildUsage unbilled(ChildUsage u) {
        var facts = u.facts().stream().filter(f -> !billed.test(new BilledDay(u.childId(), u.activityId(), f.date()))).toList();
        return new ChildUsage(u.householdId(), u.childId(), u.activityId(), u.childName(), u.activityName(), u.tariffKey(), facts);
    }
}
