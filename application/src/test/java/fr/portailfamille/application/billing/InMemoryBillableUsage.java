package fr.portailfamille.application.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A fixed list of usage, as tests and the demo give it; the bookings adapter replaces it in the portal. */
public final class InMemoryBillableUsage implements BillableUsage {

    private record Entry(long cashOfficeId, YearMonth month, ChildUsage usage) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records one child's days at one activity of the régie in that month. */
    public synchronized InMemoryBillableUsage add(long cashOfficeId, YearMonth month, ChildUsage usage) {
        entries.add(new Entry(cashOfficeId, Objects.requireNonNull(month), Objects.requireNonNull(usage)));
        return this;
    }

    @Override
    public synchronized List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        return entries.stream().filter(e -> e.cashOfficeId() == cashOfficeId && e.month().equals(month))
                .filter(e -> !e.usage().facts().isEmpty()).map(Entry::usage).toList();
    }
}
