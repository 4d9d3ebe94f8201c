package fr.portailfamille.application.billing.port;

import fr.portailfamille.application.billing.*;
import fr.portailfamille.domain.billing.CreditNote;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.InvoiceSequence;
import fr.portailfamille.domain.billing.InvoiceStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Out-port: invoicing runs and their drafts, the gap-free number series, final invoices (lines frozen), credit notes
 * and payments recorded on invoices. Bulk methods work set-based: a run of 10,000 households is a handful of
 * statements, never one round trip per row.
 */
public interface InvoiceRepository {

    /**
     * The régie's draft run of that month: the one already open (never a second draft beside it), otherwise a new one,
     * complementary when a run of the month is final.
     */
    InvoicingRun createRun(long cashOfficeId, YearMonth month, long createdBy, Instant at);

    /**
     * Every run of the régie and month, locked until the end of the caller's transaction: finalisations of two runs of
     * one month take turns, and the second sees the first final.
     */
    List<InvoicingRun> lockRuns(long cashOfficeId, YearMonth month);

    /** Deletes a run still in draft, with its drafts; false when it is final (or unknown): nothing changed then. */
    boolean deleteDraft(long runId);

    Optional<InvoicingRun> findRun(long runId);

    /**
     * The run, locked until the end of the caller's transaction ({@code SELECT … FOR UPDATE}): two finalisations of
     * the same run take turns, and the second sees it final.
     */
    Optional<InvoicingRun> lockRun(long runId);

    /** The régie's runs, most recent month first. */
    List<InvoicingRun> runs(long cashOfficeId);

    /** Replaces the run's drafts by these (households with nothing to bill included or not, as given). */
    void replaceDrafts(long runId, List<InvoiceDraft> drafts, Instant computedAt);

    /**
     * The run's drafts by household id, their lines only: the days they count stay with the run until {@link #issue}
     * bills them (a run of 10,000 households counts 400,000 days, which neither the review nor the finalisation reads).
     */
    List<InvoiceDraft> drafts(long runId);

    void markFinalised(long runId, LocalDate issuedOn, long finalisedBy, Instant at);

    /**
     * Takes {@code count} consecutive numbers of the régie's series for {@code month}'s year. Must run inside a
     * transaction: the series stays locked until it commits, and a rollback gives the numbers back.
     */
    InvoiceSequence.Reservation reserveNumbers(long cashOfficeId, YearMonth month, int count);

    /**
     * Stores final invoices issued by a run (or by hand when {@code runId} is null), their lines frozen, and the days
     * the run's drafts count for these households as billed by them. A day billed already makes it fail: nothing is
     * stored then (the caller's transaction rolls back).
     *
     * @param headers what each invoice prints around its lines, frozen with it (an invoice missing here has none)
     */
    void issue(Long runId, List<Invoice> invoices, Map<InvoiceNumber, InvoiceHeader> headers);

    /** {@link #issue(Long, List, Map)} without headers: invoices entered by hand, tests. */
    default void issue(Long runId, List<Invoice> invoices) {
        issue(runId, invoices, Map.of());
    }

    Optional<Invoice> find(String number);

    /** What the invoice prints around its lines, as frozen at issue; empty for an invoice stored without it. */
    Optional<InvoiceHeader> header(InvoiceNumber number);

    /** The run's invoices by number. */
    List<Invoice> ofRun(long runId);

    /** A household's invoices of a régie, most recent month first, then by number descending. */
    List<Invoice> ofHousehold(long householdId, long cashOfficeId);

    /** The régies a household has invoices from. */
    List<Long> cashOfficesOf(long householdId);

    /**
     * Invoices whose number contains {@code text} (case-insensitive) and, when given, of that status, most recent first.
     */
    List<Invoice> search(String text, Optional<InvoiceStatus> status, int limit);

    /**
     * Records the payment on an invoice still to pay: {@code UPDATE … WHERE status = 'TO_PAY'}. False when it was not
     * (any more) to pay: a second settlement of the same payment changes nothing.
     */
    boolean markPaid(InvoiceNumber number, InvoicePayment payment);

    /** {@link #markPaid} plus the desk's audit row: who recorded it, when. */
    boolean recordDeskPayment(InvoiceNumber number, InvoicePayment payment, long recordedBy, Instant at);

    /** Who recorded desk payments on the invoice, oldest first. */
    List<DeskPaymentRecord> deskPayments(InvoiceNumber number);

    /** Stores the credit note and the invoice's new credited amount and status; forgets the PDF's size. */
    void addCreditNote(CreditNote note, Invoice updated, long issuedBy, Instant at);

    List<CreditNote> creditNotes(InvoiceNumber invoice);

    /** The size of the invoice's PDF as last rendered; empty until then, and again after a credit note. */
    Optional<Integer> pdfSize(InvoiceNumber number);

    void recordPdfSize(InvoiceNumber number, int bytes);

    record DeskPaymentRecord(InvoicePayment payment, long recordedBy, Instant recordedAt) {
    }
}
