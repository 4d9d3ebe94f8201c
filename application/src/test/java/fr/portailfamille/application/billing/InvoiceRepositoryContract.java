package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.CreditOutcome;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link InvoiceRepository}: in-memory and jOOQ. */
public abstract class InvoiceRepositoryContract {

    protected abstract InvoiceRepository repository();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract long newHousehold();

    protected abstract long newAgent();

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

    private CashOffice peri;
    private long agent;

    @BeforeEach
    void regie() {
        peri = cashOffices().add(BillingFixtures.periscolaire());
        agent = newAgent();
    }

    private static List<InvoiceLine> lines(int evenings) {
        return List.of(new InvoiceLine("Accueil Périscolaire Soir – du 01/10 au 31/10", "Léa Dupont", evenings, Money.ofCents(455),
                "Tranche T3 : quotient familial 850 € (Attestation CAF)"), InvoiceLine.of("Accueil du mercredi – du 01/10 au 31/10", "Hugo Dupont", 2, Money.ofCents(900)));
    }

    private Invoice invoice(long household, int sequence, int evenings) {
        return new InvoiceDraft(household, peri.id(), OCTOBER, lines(evenings)).finalise(peri.invoiceNumber(OCTOBER, sequence), ISSUED);
    }

    @Test
    void a_run_goes_from_draft_to_final_and_its_drafts_are_replaced_wholesale() {
        long a = newHousehold();
        long b = newHousehold();
        var run = repository().createRun(peri.id(), OCTOBER, agent, T0);
        assertEquals(InvoicingRun.Status.DRAFT, run.status());
        assertEquals(Optional.of(run), repository().findRun(run.id()));
        assertEquals(Optional.of(run), repository().lockRun(run.id()));
        var draftA = new InvoiceDraft(a, peri.id(), OCTOBER, lines(12));
        var draftB = new InvoiceDraft(b, peri.id(), OCTOBER, lines(3));
        repository().replaceDrafts(run.id(), List.of(draftB, draftA), T0.plusSeconds(5));
        assertEquals(List.of(draftA, draftB), repository().drafts(run.id()));
        assertEquals(T0.plusSeconds(5), repository().findRun(run.id()).orElseThrow().computedAt());
        repository().replaceDrafts(run.id(), List.of(draftA), T0.plusSeconds(9));
        assertEquals(List.of(draftA), repository().drafts(run.id()));

        repository().markFinalised(run.id(), ISSUED, agent, T0.plusSeconds(60));
        var last = repository().findRun(run.id()).orElseThrow();
        assertTrue(last.isFinal());
        assertEquals(ISSUED, last.issuedOn());
        assertEquals(T0.plusSeconds(60), last.finalisedAt());
        var september = repository().createRun(peri.id(), OCTOBER.minusMonths(1), agent, T0);
        assertEquals(List.of(last, september), repository().runs(peri.id()));
    }

    @Test
    void a_regie_has_one_draft_per_month_and_a_run_started_after_a_final_one_is_complementary() {
        var first = repository().createRun(peri.id(), OCTOBER, agent, T0);
        assertFalse(first.complementary());
        assertEquals(first, repository().createRun(peri.id(), OCTOBER, agent, T0.plusSeconds(1)), "the open draft, not a second one");
        repository().markFinalised(first.id(), ISSUED, agent, T0);
        var second = repository().createRun(peri.id(), OCTOBER, agent, T0.plusSeconds(2));
        assertTrue(second.complementary());
        assertFalse(repository().createRun(peri.id(), OCTOBER.plusMonths(1), agent, T0).complementary());
        repository().markFinalised(second.id(), ISSUED.plusDays(1), agent, T0.plusSeconds(3));
        assertEquals(List.of(first.id(), second.id()), repository().lockRuns(peri.id(), OCTOBER).stream().map(InvoicingRun::id).toList());
        assertTrue(repository().lockRuns(peri.id(), OCTOBER).stream().allMatch(InvoicingRun::isFinal));
    }

    @Test
    void a_draft_run_is_deleted_with_its_drafts_a_final_one_never() {
        var run = repository().createRun(peri.id(), OCTOBER, agent, T0);
        repository().replaceDrafts(run.id(), List.of(new InvoiceDraft(newHousehold(), peri.id(), OCTOBER, lines(2))), T0);
        assertTrue(repository().deleteDraft(run.id()));
        assertEquals(Optional.empty(), repository().findRun(run.id()));
        assertFalse(repository().deleteDraft(run.id()));
        var kept = repository().createRun(peri.id(), OCTOBER, agent, T0);
        repository().markFinalised(kept.id(), ISSUED, agent, T0);
        assertFalse(repository().deleteDraft(kept.id()));
        assertTrue(repository().findRun(kept.id()).isPresent());
    }

    @Test
    void a_drafts_days_are_kept_and_billed_by_its_invoice_once_never_by_a_second_run() {
        long household = newHousehold();
        var monday = new BilledDay(41, 7, OCTOBER.atDay(5));
        var tuesday = new BilledDay(41, 7, OCTOBER.atDay(6));
        var first = repository().createRun(peri.id(), OCTOBER, agent, T0);
        var draft = new InvoiceDraft(household, peri.id(), OCTOBER, lines(2), List.of(monday, tuesday));
        repository().replaceDrafts(first.id(), List.of(draft), T0);
        assertEquals(List.of(new InvoiceDraft(household, peri.id(), OCTOBER, lines(2))), repository().drafts(first.id()),
                "read back with its lines: its days stay with the run until issued");
        repository().issue(first.id(), List.of(invoice(household, 1, 2)));
        repository().markFinalised(first.id(), ISSUED, agent, T0);

        var second = repository().createRun(peri.id(), OCTOBER, agent, T0.plusSeconds(5));
        var wednesday = new BilledDay(41, 7, OCTOBER.atDay(7));
        repository().replaceDrafts(second.id(), List.of(new InvoiceDraft(household, peri.id(), OCTOBER, lines(1), List.of(tuesday, wednesday))), T0);
        assertThrows(RuntimeException.class, () -> repository().issue(second.id(), List.of(invoice(household, 2, 1))), "Tuesday is billed already");
        assertEquals(Optional.empty(), repository().find(peri.invoiceNumber(OCTOBER, 2).value()));
        repository().replaceDrafts(second.id(), List.of(new InvoiceDraft(household, peri.id(), OCTOBER, lines(1), List.of(wednesday))), T0);
        repository().issue(second.id(), List.of(invoice(household, 2, 1)));
        assertEquals(2, repository().ofHousehold(household, peri.id()).size());
    }

    @Test
    void numbers_are_consecutive_per_regie_and_year_and_restart_with_the_year() {
        var rest = cashOffices().add(CashOffice.create("Régie Restauration", "006281", "REST"));
        var first = repository().reserveNumbers(peri.id(), OCTOBER, 3);
        assertEquals(1, first.first());
        assertEquals(3, first.last());
        var second = repository().reserveNumbers(peri.id(), YearMonth.of(2026, 12), 2);
        assertEquals(4, second.first());
        assertEquals(5, second.last());
        assertEquals(1, repository().reserveNumbers(rest.id(), OCTOBER, 1).first());
        assertEquals(1, repository().reserveNumbers(peri.id(), YearMonth.of(2027, 1), 1).first());
        assertEquals(6, repository().reserveNumbers(peri.id(), OCTOBER, 1).first());
    }

    @Test
    void issued_invoices_keep_their_lines_and_are_found_by_number_run_household_and_search() {
        long a = newHousehold();
        long b = newHousehold();
        var run = repository().createRun(peri.id(), OCTOBER, agent, T0);
        var one = invoice(a, 1, 12);
        var two = invoice(b, 2, 3);
        repository().issue(run.id(), List.of(one, two));
        assertEquals(Optional.of(one), repository().find("PERI2610-000001"));
        assertEquals(lines(12), repository().find("PERI2610-000001").orElseThrow().lines());
        assertEquals(List.of(one, two), repository().ofRun(run.id()));
        var september = new InvoiceDraft(a, peri.id(), OCTOBER.minusMonths(1), lines(5))
                .finalise(peri.invoiceNumber(OCTOBER.minusMonths(1), 3), ISSUED.minusMonths(1));
        repository().issue(null, List.of(september));
        assertEquals(List.of(one, september), repository().ofHousehold(a, peri.id()));
        assertEquals(List.of(peri.id()), repository().cashOfficesOf(a));
        assertEquals(List.of(), repository().cashOfficesOf(newHousehold()));
        assertEquals(List.of(two, one), repository().search("peri2610", Optional.empty(), 10));
        assertEquals(List.of(two), repository().search("000002", Optional.of(InvoiceStatus.TO_PAY), 10));
        assertEquals(List.of(), repository().search("000002", Optional.of(InvoiceStatus.PAID), 10));
        assertEquals(Optional.empty(), repository().find("PERI2610-000099"));
    }

    @Test
    void a_household_gets_one_invoice_per_run_and_a_number_is_never_given_twice() {
        long a = newHousehold();
        var run = repository().createRun(peri.id(), OCTOBER, agent, T0);
        repository().issue(run.id(), List.of(invoice(a, 1, 12)));
        assertThrows(RuntimeException.class, () -> repository().issue(run.id(), List.of(invoice(a, 2, 12))));
        assertThrows(RuntimeException.class, () -> repository().issue(null, List.of(invoice(newHousehold(), 1, 4))));
        assertEquals(1, repository().ofRun(run.id()).size());
    }

    @Test
    void a_payment_is_recorded_once_and_desk_payments_keep_who_recorded_them() {
        long a = newHousehold();
        var one = invoice(a, 1, 12);
        var two = invoice(a, 2, 2);
        repository().issue(null, List.of(one, two));
        var online = new InvoicePayment(PaymentMethod.ONLINE, one.amountDue(), T0, "PERIPAY000000001");
        assertTrue(repository().markPaid(one.number(), online));
        assertFalse(repository().markPaid(one.number(), online));
        var paid = repository().find(one.number().value()).orElseThrow();
        assertEquals(InvoiceStatus.PAID, paid.status());
        assertEquals(online, paid.payment());
        assertEquals(Money.ZERO, paid.amountDue());

        var cheque = new InvoicePayment(PaymentMethod.CHEQUE, two.amountDue(), T0.plusSeconds(30), "Chèque 1234567");
        assertTrue(repository().recordDeskPayment(two.number(), cheque, agent, T0.plusSeconds(40)));
        assertFalse(repository().recordDeskPayment(two.number(), cheque, agent, T0.plusSeconds(50)));
        assertEquals(InvoiceStatus.PAID_AT_DESK, repository().find(two.number().value()).orElseThrow().status());
        assertEquals(List.of(new InvoiceRepository.DeskPaymentRecord(cheque, agent, T0.plusSeconds(40))), repository().deskPayments(two.number()));
        assertEquals(List.of(), repository().deskPayments(one.number()));
    }

    @Test
    void the_pdf_size_is_remembered_per_invoice() {
        var one = invoice(newHousehold(), 1, 12);
        repository().issue(null, List.of(one));
        assertEquals(Optional.empty(), repository().pdfSize(one.number()));
        repository().recordPdfSize(one.number(), 205_824);
        assertEquals(Optional.of(205_824), repository().pdfSize(one.number()));
        repository().recordPdfSize(one.number(), 205_900);
        assertEquals(Optional.of(205_900), repository().pdfSize(one.number()));
    }

    @Test
    void a_credit_note_is_kept_with_the_invoice_it_lowers() {
        long a = newHousehold();
        var one = invoice(a, 1, 12);
        repository().issue(null, List.of(one));
        var credit = (CreditOutcome.Issued) one.creditNote(peri.invoiceNumber(OCTOBER, 2), ISSUED.plusDays(3), "Absence médicale du 12/10",
                List.of(InvoiceLine.of("Accueil Périscolaire Soir – du 12/10 au 13/10", "Léa Dupont", 2, Money.ofCents(455))));
        repository().recordPdfSize(one.number(), 40_960);
        assertEquals(Optional.of(40_960), repository().pdfSize(one.number()));
        repository().addCreditNote(credit.creditNote(), credit.invoice(), agent, T0);
        assertEquals(Optional.empty(), repository().pdfSize(one.number()), "the PDF now prints the credit note: its size is forgotten");
        assertEquals(List.of(credit.creditNote()), repository().creditNotes(one.number()));
        var stored = repository().find(one.number().value()).orElseThrow();
        assertEquals(Money.ofCents(910), stored.credited());
        assertEquals(one.total().minus(Money.ofCents(910)), stored.amountDue());
    }
}
