package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.InvoiceNumber;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In memory, over the billed days of an {@link InMemoryInvoiceRepository}; names registered by the test. */
public final class InMemoryBilledDays implements BilledDays {

    private final InMemoryInvoiceRepository invoices;
    private final Map<Long, String> children = new HashMap<>();
    private final Map<Long, String> activities = new HashMap<>();

    public InMemoryBilledDays(InMemoryInvoiceRepository invoices) {
        this.invoices = invoices;
    }

    public synchronized void nameChild(long childId, String name) {
        children.put(childId, name);
    }

    public synchronized void nameActivity(long activityId, String name) {
        activities.put(activityId, name);
    }

    @Override
    public synchronized List<InvoicedDay> of(InvoiceNumber invoice) {
        return invoices.billedDays().entrySet().stream().filter(e -> e.getValue().equals(invoice.value())).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(BilledDay::day).thenComparingLong(BilledDay::childId).thenComparingLong(BilledDay::activityId))
                .map(d -> new InvoicedDay(d, children.getOrDefault(d.childId(), ""), activities.getOrDefault(d.activityId(), ""))).toList();
    }

    @Override
    public void release(InvoiceNumber invoice, InvoiceNumber creditNote, List<BilledDay> days) {
        invoices.release(invoice.value(), days);
    }
}
