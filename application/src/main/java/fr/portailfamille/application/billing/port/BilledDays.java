package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.InvoiceNumber;

import java.util.List;

/**
 * Out-port: the days an invoice bills, as the credit note form lists them, and their release by a credit note (see
 * {@link fr.portailfamille.domain.billing.CreditedDays}).
 */
public interface BilledDays {

    /** A billed day with what the agent reads: the child's and the activity's names («» when not stored). */
    record InvoicedDay(BilledDay day, String childName, String activityName) {
    }

    /** The days the invoice still bills, by day, child and activity. */
    List<InvoicedDay> of(InvoiceNumber invoice);

    /**
     * These days of the invoice are no longer billed, given back by the credit note (stored already): a later run may
     * bill them again. A day the invoice does not bill throws, and nothing is released.
     */
    void release(InvoiceNumber invoice, InvoiceNumber creditNote, List<BilledDay> days);
}
