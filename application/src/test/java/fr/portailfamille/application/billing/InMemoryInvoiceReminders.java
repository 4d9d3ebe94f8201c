package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In memory, over the invoices of an {@link InMemoryInvoiceRepository}. */
public final class InMemoryInvoiceReminders implements InvoiceReminders {

    private final InMemoryInvoiceRepository invoices;
    private final Map<String, LocalDate> last = new HashMap<>();
    private int days = DEFAULT_DAYS_AFTER_DUE;

    public InMemoryInvoiceReminders(InMemoryInvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** The town changes its setting. */
    public synchronized void setDaysAfterDue(int days) {
        this.days = days;
    }

    @Override
    public void setDaysAfterDue(fr.portailfamille.domain.billing.ReminderDelay delay) {
        setDaysAfterDue(delay.days());
    }

    @Override
    public synchronized int daysAfterDue() {
        return days;
    }

    @Override
    public synchronized List<Due> claim(LocalDate today, int days, int limit) {
        var due = new ArrayList<Due>();
        for (Invoice i : invoices.search("", Optional.of(InvoiceStatus.TO_PAY), Integer.MAX_VALUE).reversed()) {
            if (due.size() >= limit) break;
            var previous = last.get(i.number().value());
            if (i.dueOn().plusDays(days).isAfter(today) || previous != null && previous.plusDays(days).isAfter(today)) continue;
            last.put(i.number().value(), today);
            due.add(new Due(i.number(), i.householdId(), i.amountDue(), i.dueOn()));
        }
        return due;
    }
}
