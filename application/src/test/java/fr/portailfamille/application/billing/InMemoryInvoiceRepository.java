package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BilledDay;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** In memory; with {@link fr.portailfamille.application.common.InMemoryTransactions} every use case runs serialised. */
public final class InMemoryInvoiceRepository implements InvoiceRepository {

    private record Key(long cashOfficeId, int year) {
    }

    private final Map<Long, InvoicingRun> runs = new LinkedHashMap<>();
    private final Map<Long, List<InvoiceDraft>> drafts = new HashMap<>();
    private final Map<Key, InvoiceSequence> sequences = new HashMap<>();
    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Map<String, Long> runOf = new HashMap<>();
    private final Map<String, List<CreditNote>> credits = new HashMap<>();
    private final Map<String, List<DeskPaymentRecord>> desk = new HashMap<>();
    private final Map<String, Integer> pdfSizes = new HashMap<>();
    private final Map<String, InvoiceHeader> headers = new HashMap<>();
    /** The days final invoices bill, and by which invoice: a day is billed once. */
    private final Map<BilledDay, String> billed = new HashMap<>();
    private long nextRun = 1;

    @Override
    public synchronized InvoicingRun createRun(long cashOfficeId, YearMonth month, long createdBy, Instant at) {
        var ofMonth = runs.values().stream().filter(r -> r.cashOfficeId() == cashOfficeId && r.month().equals(month)).toList();
        var open = ofMonth.stream().filter(r -> !r.isFinal()).findFirst();
        if (open.isPresent()) return open.get();
        var run = new InvoicingRun(nextRun++, cashOfficeId, month, ofMonth.stream().anyMatch(InvoicingRun::isFinal), InvoicingRun.Status.DRAFT,
                createdBy, at, null, null, null);
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public synchronized List<InvoicingRun> lockRuns(long cashOfficeId, YearMonth month) {
        return runs.values().stream().filter(r -> r.cashOfficeId() == cashOfficeId && r.month().equals(month)).toList();
    }

    @Override
    public synchronized boolean deleteDraft(long runId) {
        var run = runs.get(runId);
        if (run == null || run.isFinal()) return false;
        runs.remove(runId);
        drafts.remove(runId);
        return true;
    }

    /** Whether a final invoice bills that day (what the in-memory usage leaves out). */
    public synchronized boolean isBilled(BilledDay day) {
        return billed.containsKey(day);
    }

    /** Every billed day with the number of the invoice that bills it. */
    public synchronized Map<BilledDay, String> billedDays() {
        return Map.copyOf(billed);
    }

    /** Removes these days, billed by that invoice, from the billed ones: all of them, or none and an exception. */
    public synchronized void release(String invoiceNumber, List<BilledDay> days) {
        for (BilledDay day : days) {
            if (!invoiceNumber.equals(billed.get(day))) throw new IllegalStateException(day + " is not billed by " + invoiceNumber);
        }
        days.forEach(billed::remove);
    }

    @Override
    public synchronized Optional<InvoicingRun> findRun(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized Optional<InvoicingRun> lockRun(long runId) {
        return findRun(runId);
    }

    @Override
    public synchronized List<InvoicingRun> runs(long cashOfficeId) {
        return runs.values().stream().filter(r -> r.cashOfficeId() == cashOfficeId)
                .sorted(Comparator.comparing(InvoicingRun::month).reversed().thenComparing(Comparator.comparingLong(InvoicingRun::id).reversed()))
                .toList();
    }

    @Override
    public synchronized void replaceDrafts(long runId, List<InvoiceDraft> list, Instant computedAt) {
        var run = runs.get(runId);
        drafts.put(runId, List.copyOf(list));
        runs.put(runId, new InvoicingRun(run.id(), run.cashOfficeId(), run.month(), run.complementary(), run.status(), run.createdBy(), run.createdAt(),
                computedAt, run.issuedOn(), run.finalisedAt()));
    }

    @Override
    public synchronized List<InvoiceDraft> drafts(long runId) {
        return drafts.getOrDefault(runId, List.of()).stream().filter(d -> !d.lines().isEmpty())
                .map(d -> new InvoiceDraft(d.householdId(), d.cashOfficeId(), d.month(), d.lines()))
                .sorted(Comparator.comparingLong(InvoiceDraft::householdId)).toList();
    }

    @Override
    public synchronized void markFinalised(long runId, LocalDate issuedOn, long finalisedBy, Instant at) {
        var run = runs.get(runId);
        runs.put(runId, new InvoicingRun(run.id(), run.cashOfficeId(), run.month(), run.complementary(), InvoicingRun.Status.FINALISED, run.createdBy(),
                run.createdAt(), run.computedAt(), issuedOn, at));
    }

    @Override
    public synchronized InvoiceSequence.Reservation reserveNumbers(long cashOfficeId, YearMonth month, int count) {
        var key = new Key(cashOfficeId, month.getYear());
        var reservation = sequences.getOrDefault(key, InvoiceSequence.start(cashOfficeId, month.getYear())).reserve(month, count);
        sequences.put(key, reservation.next());
        return reservation;
    }

    @Override
    public synchronized void issue(Long runId, List<Invoice> list, Map<InvoiceNumber, InvoiceHeader> frozen) {
        for (Invoice invoice : list) {
            if (invoices.containsKey(invoice.number().value())) throw new IllegalStateException("duplicate number " + invoice.number());
            if (runId != null && invoices.values().stream().anyMatch(i -> runId.equals(runOf.get(i.number().value()))
                    && i.householdId() == invoice.householdId())) {
                throw new IllegalStateException("household " + invoice.householdId() + " already invoiced by run " + runId);
            }
        }
        var days = new HashMap<BilledDay, String>();
        if (runId != null) {
            for (Invoice invoice : list) {
                for (InvoiceDraft draft : drafts.getOrDefault(runId, List.of())) {
                    if (draft.householdId() != invoice.householdId()) continue;
                    for (BilledDay day : draft.days()) {
                        if (billed.containsKey(day) || days.put(day, invoice.number().value()) != null) {
                            throw new IllegalStateException(day + " is billed already");
                        }
                    }
                }
            }
        }
        billed.putAll(days);
        frozen.forEach((number, header) -> headers.put(number.value(), header));
        for (Invoice invoice : list) {
            invoices.put(invoice.number().value(), invoice);
            if (runId != null) runOf.put(invoice.number().value(), runId);
        }
    }

    @Override
    public synchronized Optional<InvoiceHeader> header(InvoiceNumber number) {
        return Optional.ofNullable(headers.get(number.value()));
    }

    @Override
    public synchronized Optional<Invoice> find(String number) {
        return Optional.ofNullable(invoices.get(number));
    }

    @Override
    public synchronized List<Invoice> ofRun(long runId) {
        return invoices.values().stream().filter(i -> Long.valueOf(runId).equals(runOf.get(i.number().value())))
                .sorted(Comparator.comparing(i -> i.number().value())).toList();
    }

    private static final Comparator<Invoice> RECENT_FIRST = Comparator.comparing(Invoice::month).reversed()
            .thenComparing(Comparator.comparing((Invoice i) -> i.number().value()).reversed());

    @Override
    public synchronized List<Invoice> ofHousehold(long householdId, long cashOfficeId) {
        return invoices.values().stream().filter(i -> i.householdId() == householdId && i.cashOfficeId() == cashOfficeId)
                .sorted(RECENT_FIRST).toList();
    }

    @Override
    public synchronized List<Long> cashOfficesOf(long householdId) {
        return invoices.values().stream().filter(i -> i.householdId() == householdId).map(Invoice::cashOfficeId).distinct().sorted().toList();
    }

    @Override
    public synchronized List<Invoice> search(String text, Optional<InvoiceStatus> status, int limit) {
        String needle = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return invoices.values().stream().filter(i -> i.number().value().toUpperCase(Locale.ROOT).contains(needle))
                .filter(i -> status.isEmpty() || i.status() == status.get()).sorted(RECENT_FIRST).limit(Math.max(limit, 0)).toList();
    }

    @Override
    public synchronized boolean markPaid(InvoiceNumber number, InvoicePayment payment) {
        var invoice = invoices.get(number.value());
        if (invoice == null || invoice.status() != InvoiceStatus.TO_PAY) return false;
        invoices.put(number.value(), new Invoice(invoice.number(), invoice.householdId(), invoice.cashOfficeId(), invoice.month(), invoice.lines(),
                invoice.issuedOn(), invoice.dueOn(), payment.method().resultingStatus(), invoice.credited(), payment));
        return true;
    }

    @Override
    public synchronized boolean recordDeskPayment(InvoiceNumber number, InvoicePayment payment, long recordedBy, Instant at) {
        if (!markPaid(number, payment)) return false;
        desk.computeIfAbsent(number.value(), n -> new ArrayList<>()).add(new DeskPaymentRecord(payment, recordedBy, at));
        return true;
    }

    @Override
    public synchronized List<DeskPaymentRecord> deskPayments(InvoiceNumber number) {
        return List.copyOf(desk.getOrDefault(number.value(), List.of()));
    }

    @Override
    public synchronized void addCreditNote(CreditNote note, Invoice updated, long issuedBy, Instant at) {
        if (!invoices.containsKey(updated.number().value())) throw new IllegalArgumentException("unknown invoice " + updated.number());
        credits.computeIfAbsent(note.invoiceNumber().value(), n -> new ArrayList<>()).add(note);
        invoices.put(updated.number().value(), updated);
        pdfSizes.remove(updated.number().value());
    }

    @Override
    public synchronized Optional<Integer> pdfSize(InvoiceNumber number) {
        return Optional.ofNullable(pdfSizes.get(number.value()));
    }

    @Override
    public synchronized void recordPdfSize(InvoiceNumber number, int bytes) {
        if (invoices.containsKey(number.value())) pdfSizes.put(number.value(), bytes);
    }

    @Override
    public synchronized List<CreditNote> creditNotes(InvoiceNumber invoice) {
        return List.copyOf(credits.getOrDefault(invoice.value(), List.of()));
    }
}
