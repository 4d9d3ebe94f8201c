package fr.portailfamille.application.privacy.port;

import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: the facts the retention rules need, read across the areas, and the deletions they order. Reads return
 * ids with what a person needs to recognise the item in the «Données à purger» preview; never health data.
 */
public interface RetentionStore {

    /** Marks a household «a quitté la commune» on that day, or clears the mark ({@code null}). */
    void markLeft(long householdId, LocalDate leftOn);

    /** The day the household was marked as gone; empty when it was not, or when it is anonymised already. */
    Optional<LocalDate> leftOn(long householdId);

    /**
     * @param lastSettled   the latest day one of its invoices was paid or cancelled; null without any
     * @param invoicesToPay its invoices still to pay
     */
    record Departed(long householdId, String name, LocalDate leftOn, LocalDate lastSettled, int invoicesToPay) {
    }

    /** Households marked as gone and not anonymised yet. */
    List<Departed> departed();

    record Sheet(long childId, long householdId, String childName, SchoolYear lastEnrolment) {
    }

    /** Children having a health sheet and at least one enrolment, with the school year of the latest. */
    List<Sheet> sheetsOfEnrolledChildren();

    /** A justificatif, thread or démarche: its id, its household, a label and the day its duration counts from. */
    record Item(long id, long householdId, String label, LocalDate day) {
    }

    /** Justificatifs (sent by families) whose validity ended before {@code day}. */
    List<Item> documentsValidBefore(LocalDate day);

    /** Message threads whose last message came before {@code since}. */
    List<Item> threadsInactiveSince(Instant since);

    /** Démarches unchanged since before {@code since}. */
    List<Item> demarchesInactiveSince(Instant since);

    /**
     * Lines of the audit trails (bookings and decisions, health-sheet reads, dossier changes, the accounts' journal) and
     * consent changes older than {@code before}; of a child's consent changes, the latest per question stays whatever
     * its age: it proves the answer in force.
     */
    long auditLinesBefore(Instant before);

    /** Paid or cancelled invoices issued before {@code day}; the label is the invoice's number, the day its issue. */
    List<Item> settledInvoicesIssuedBefore(LocalDate day);

    /**
     * Deletes these invoices (never one still to pay) with what only they explain: lines, credit notes, desk payments,
     * reminders, billed days, and the online payment attempts that paid none but them.
     */
    void deleteInvoices(Collection<Long> ids);

    /**
     * Detaches the household from every contact and health datum: its accounts closed and renamed, guardians, contacts,
     * health sheets, consents, justificatifs, messages, démarches, absences, quotients and dossier history deleted, its
     * children and itself renamed. Its invoices and payments stay for the public accountant.
     */
    void anonymise(long householdId, Instant at);

    /** Deletes the child's health sheet and vaccinations. */
    void deleteHealthSheet(long childId);

    void deleteDocuments(Collection<Long> ids);

    void deleteThreads(Collection<Long> ids);

    void deleteDemarches(Collection<Long> ids);

    /** @return how many lines went */
    long deleteAuditLinesBefore(Instant before);
}
