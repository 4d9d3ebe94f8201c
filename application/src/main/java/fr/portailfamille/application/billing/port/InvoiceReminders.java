package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Out-port: the reminders of unpaid invoices, and the town's setting of when they go. An invoice still to pay
 * {@link #daysAfterDue()} days after its due date is reminded, then again every as many days until paid; never twice
 * the same day, whatever the number of portal processes or restarts (a stored reminder per invoice and day).
 */
public interface InvoiceReminders {

    /** What a town gets until it sets another delay: a fortnight, as most towns' rules say. */
    int DEFAULT_DAYS_AFTER_DUE = 15;

    /** The town's delay, in days, after the due date and between two reminders. */
    int daysAfterDue();

    /** The town changes its delay («Relance des factures impayées», admins only). */
    void setDaysAfterDue(fr.portailfamille.domain.billing.ReminderDelay delay);

    /**
     * Records today's reminder of each invoice to pay that is due one (its due date and its last reminder at least
     * {@code days} days ago), at most {@code limit}, and returns them; an invoice reminded today already is left out.
     */
    List<Due> claim(LocalDate today, int days, int limit);

    /** An invoice to remind, with what the reminder says. */
    record Due(InvoiceNumber number, long householdId, Money amountDue, LocalDate dueOn) {
    }
}
