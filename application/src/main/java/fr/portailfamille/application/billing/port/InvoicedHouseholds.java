package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.messaging.Notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Out-port: the households an invoicing run names, read and told in bulk — a run of 10,000 households reads their
 * names in one query, its recipients in one query, and stores their notifications in a few multi-row statements.
 */
public interface InvoicedHouseholds {

    /**
     * An active parent account of an invoiced household.
     *
     * @param paperless        the household chose its invoices by mail («factures par courriel»)
     * @param wantsInvoiceMail the account wants the «facture à payer» notifications by mail too
     */
    record Recipient(long householdId, boolean paperless, long accountId, String email, String displayName, boolean wantsInvoiceMail) {
    }

    /** The households' names by id; an unknown id is left out. */
    Map<Long, String> names(Collection<Long> householdIds);

    /** Where an invoice is sent: the household's name and postal address (empty when unknown). */
    record Addressee(String name, String postalAddress) {
    }

    /** The households' names and addresses by id, in one read; an unknown id is left out. */
    Map<Long, Addressee> addressees(Collection<Long> householdIds);

    /** Those of these households that chose their invoices by mail («factures par courriel»). */
    java.util.Set<Long> paperless(Collection<Long> householdIds);

    /** The active accounts of these households, by household then account id. */
    List<Recipient> recipients(Collection<Long> householdIds);

    /** Stores these notifications (unread), all at once. */
    void raise(List<Notification> notifications);
}
