package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvoiceTest {

    static final YearMonth MAY = YearMonth.of(2021, 5);
    static final LocalDate ISSUED = LocalDate.of(2021, 6, 3);
    static final Instant PAID_AT = Instant.parse("2021-06-10T15:42:00Z");
    static final InvoiceLine SOIR = InvoiceLine.of("Accueil Périscolaire Soir \u2013 du 01/05 au 31/05", "Mylis", 12, Money.ofCents(455));
    static final InvoiceLine CANTINE = InvoiceLine.of("Restauration Scolaire \u2013 du 01/05 au 31/05", "Mylis", 14, Money.ofCents(472));
    static final InvoiceLine MERCREDI = InvoiceLine.of(
            "Accueils du mercredi \u2013 du 01/05 au 31/05 \u2013 Mercredi journée complète", "Mylis", 4, Money.ofCents(1591));
    static final InvoiceNumber NUMBER = InvoiceNumber.of("PERI", MAY, 123);
    static final InvoiceNumber CREDIT_NUMBER = InvoiceNumber.of("PERI", YearMonth.of(2021, 6), 300);

    static InvoiceDraft guideDraft(long householdId, long cashOfficeId) {
        return new InvoiceDraft(householdId, cashOfficeId, MAY, List.of(SOIR, CANTINE, MERCREDI));
    }

    static Invoice toPay() {
        return guideDraft(7, 1).finalise(NUMBER, ISSUED);
    }

    @Test
    void the_guides_may_invoice_totals_184_32() {
        var draft = guideDraft(7, 1);
        assertEquals(Money.ofCents(18432), draft.total());
        assertEquals("184,32\u00A0€", draft.total().format());
        assertTrue(draft.isBillable());
        var invoice = draft.finalise(NUMBER, ISSUED);
        assertEquals(InvoiceStatus.TO_PAY, invoice.status());
        assertEquals("À payer", invoice.status().label());
        assertEquals(Money.ofCents(18432), invoice.total());
        assertEquals(Money.ofCents(18432), invoice.amountDue());
        assertEquals(LocalDate.of(2021, 7, 31), invoice.dueOn());
        assertEquals(draft.lines(), invoice.lines());
        assertNull(invoice.payment());
    }

    @ParameterizedTest(name = "issued {0} → due {1}")
    @CsvSource({
            "2021-05-01, 2021-06-30",
            "2021-05-31, 2021-06-30",
            "2021-01-31, 2021-02-28",
            "2024-01-15, 2024-02-29",
            "2021-12-05, 2022-01-31",
    })
    void due_at_the_end_of_the_month_after_issue(LocalDate issued, LocalDate due) {
        assertEquals(due, Invoice.dueDateFor(issued));
    }

    @Test
    void overdue_the_day_after_the_due_date() {
        var invoice = toPay();
        assertFalse(invoice.isOverdue(invoice.dueOn()));
        assertTrue(invoice.isOverdue(invoice.dueOn().plusDays(1)));
        var paid = ((PaymentOutcome.Paid) invoice.pay(PaymentMethod.CASH, invoice.amountDue(), PAID_AT, "")).invoice();
        assertFalse(paid.isOverdue(invoice.dueOn().plusDays(1)));
    }

    @Test
    void nothing_to_bill_gives_no_invoice() {
        var empty = new InvoiceDraft(7, 1, MAY, List.of());
        assertFalse(empty.isBillable());
        assertEquals(Money.ZERO, empty.total());
        assertThrows(IllegalStateException.class, () -> empty.finalise(NUMBER, ISSUED));
        assertThrows(IllegalArgumentException.class,
                () -> guideDraft(7, 1).finalise(InvoiceNumber.of("PERI", YearMonth.of(2021, 6), 1), ISSUED));
    }

    @ParameterizedTest(name = "paid by {0} → {1}")
    @CsvSource({
            "ONLINE, PAID, Payée",
            "CASH, PAID_AT_DESK, Payée en caisse",
            "CHEQUE, PAID_AT_DESK, Payée en caisse",
            "CESU, PAID_AT_DESK, Payée en caisse",
            "CARD_AT_DESK, PAID_AT_DESK, Payée en caisse",
    })
    void paying_the_amount_due_settles_the_invoice(PaymentMethod method, InvoiceStatus status, String label) {
        var outcome = toPay().pay(method, Money.ofCents(18432), PAID_AT, "PERIPAY000000042");
        var paid = assertInstanceOf(PaymentOutcome.Paid.class, outcome).invoice();
        assertEquals(status, paid.status());
        assertEquals(label, paid.status().label());
        assertEquals(new InvoicePayment(method, Money.ofCents(18432), PAID_AT, "PERIPAY000000042"), paid.payment());
        assertEquals(Money.ZERO, paid.amountDue());
        assertFalse(paid.isPayable());
        assertTrue(paid.isSettledBy("PERIPAY000000042"));
        assertFalse(paid.isSettledBy("PERIPAY000000043"));
    }

    @Test
    void a_paid_invoice_cannot_be_paid_again() {
        var paid = ((PaymentOutcome.Paid) toPay().pay(PaymentMethod.ONLINE, Money.ofCents(18432), PAID_AT, "PERIPAY000000042")).invoice();
        assertEquals(new PaymentOutcome.Refused("Cette facture est déjà payée."),
                paid.pay(PaymentMethod.ONLINE, Money.ofCents(18432), PAID_AT.plusSeconds(5), "PERIPAY000000042"));
        assertEquals(new PaymentOutcome.Refused("Cette facture est déjà payée."),
                paid.pay(PaymentMethod.CASH, Money.ofCents(18432), PAID_AT.plusSeconds(60), ""));
    }

    @ParameterizedTest(name = "{0} cents against 18432 due")
    @CsvSource({"18431", "18433", "100", "1"})
    void only_the_exact_amount_due_is_accepted(long cents) {
        var outcome = toPay().pay(PaymentMethod.CHEQUE, Money.ofCents(cents), PAID_AT, "1234567");
        var refused = assertInstanceOf(PaymentOutcome.Refused.class, outcome);
        assertEquals("Le montant réglé (" + Money.ofCents(cents).format() + ") doit être égal au montant dû (184,32\u00A0€).",
                refused.message());
    }

    @Test
    void a_credit_note_carries_negative_lines_and_lowers_what_is_due() {
        var twoEvenings = InvoiceLine.of(SOIR.prestation(), "Mylis", 2, Money.ofCents(455));
        var outcome = toPay().creditNote(CREDIT_NUMBER, LocalDate.of(2021, 6, 20), "Certificat médical reçu après la facturation",
                List.of(twoEvenings));
        var issued = assertInstanceOf(CreditOutcome.Issued.class, outcome);
        var note = issued.creditNote();
        assertEquals(NUMBER, note.invoiceNumber());
        assertEquals(CREDIT_NUMBER, note.number());
        assertEquals(List.of(twoEvenings.negated()), note.lines());
        assertEquals(Money.ofCents(-910), note.total());
        var invoice = issued.invoice();
        assertEquals(toPay().lines(), invoice.lines(), "the final invoice's lines never change");
        assertEquals(Money.ofCents(18432), invoice.total());
        assertEquals(Money.ofCents(910), invoice.credited());
        assertEquals(Money.ofCents(17522), invoice.amountDue());
        assertEquals(InvoiceStatus.TO_PAY, invoice.status());
        assertInstanceOf(PaymentOutcome.Paid.class, invoice.pay(PaymentMethod.ONLINE, Money.ofCents(17522), PAID_AT, "R1"));
    }

    @Test
    void crediting_an_unpaid_invoice_in_full_cancels_it() {
        var cancelled = ((CreditOutcome.Issued) toPay().creditNote(CREDIT_NUMBER, ISSUED, "Facturée par erreur",
                List.of(SOIR, CANTINE, MERCREDI))).invoice();
        assertEquals(InvoiceStatus.CANCELLED_BY_CREDIT_NOTE, cancelled.status());
        assertEquals("Annulée par avoir", cancelled.status().label());
        assertEquals(Money.ZERO, cancelled.amountDue());
        assertEquals(new PaymentOutcome.Refused("Cette facture a été annulée par un avoir : il n'y a rien à payer."),
                cancelled.pay(PaymentMethod.ONLINE, Money.ofCents(18432), PAID_AT, "R1"));
        assertEquals(new CreditOutcome.Refused("Cette facture est déjà entièrement annulée par avoir."),
                cancelled.creditNote(InvoiceNumber.of("PERI", YearMonth.of(2021, 6), 301), ISSUED, "Encore", List.of(SOIR)));
    }

    @Test
    void crediting_a_paid_invoice_keeps_it_paid_and_records_the_credit() {
        var paid = ((PaymentOutcome.Paid) toPay().pay(PaymentMethod.ONLINE, Money.ofCents(18432), PAID_AT, "R1")).invoice();
        var after = ((CreditOutcome.Issued) paid.creditNote(CREDIT_NUMBER, ISSUED, "Absence médicale", List.of(SOIR))).invoice();
        assertEquals(InvoiceStatus.PAID, after.status());
        assertEquals(Money.ofCents(5460), after.credited());
        assertEquals(paid.payment(), after.payment());
    }

    @Test
    void credit_notes_are_refused_with_a_reason() {
        var invoice = toPay();
        assertEquals(new CreditOutcome.Refused("Indiquez au moins une ligne à annuler."),
                invoice.creditNote(CREDIT_NUMBER, ISSUED, "Motif", List.of()));
        assertEquals(new CreditOutcome.Refused("Indiquez le motif de l'avoir."),
                invoice.creditNote(CREDIT_NUMBER, ISSUED, "  ", List.of(SOIR)));
        assertEquals(new CreditOutcome.Refused(
                        "Saisissez les lignes à annuler avec des montants positifs : l'avoir les déduit de la facture."),
                invoice.creditNote(CREDIT_NUMBER, ISSUED, "Motif", List.of(SOIR.negated())));
        var tooMuch = InvoiceLine.of("Geste commercial", "Mylis", 1, Money.ofCents(18433));
        assertEquals(new CreditOutcome.Refused("L'avoir (184,33\u00A0€) dépasse ce qui reste de la facture (184,32\u00A0€)."),
                invoice.creditNote(CREDIT_NUMBER, ISSUED, "Motif", List.of(tooMuch)));
        var partly = ((CreditOutcome.Issued) invoice.creditNote(CREDIT_NUMBER, ISSUED, "Motif", List.of(MERCREDI))).invoice();
        var oneCent = InvoiceLine.of("Arrondi", "Mylis", 1, Money.ofCents(1));
        assertEquals(new CreditOutcome.Refused("L'avoir (120,69\u00A0€) dépasse ce qui reste de la facture (120,68\u00A0€)."),
                partly.creditNote(InvoiceNumber.of("PERI", YearMonth.of(2021, 6), 301), ISSUED, "Motif", List.of(CANTINE, SOIR, oneCent)));
        assertInstanceOf(CreditOutcome.Issued.class,
                partly.creditNote(InvoiceNumber.of("PERI", YearMonth.of(2021, 6), 301), ISSUED, "Motif", List.of(CANTINE, SOIR)));
    }

    @Test
    void an_inconsistent_invoice_cannot_be_built() {
        var lines = List.of(SOIR);
        var payment = new InvoicePayment(PaymentMethod.ONLINE, Money.ofCents(5460), PAID_AT, "R1");
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, lines, ISSUED, ISSUED.plusDays(30),
                InvoiceStatus.PAID, Money.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, lines, ISSUED, ISSUED.plusDays(30),
                InvoiceStatus.TO_PAY, Money.ZERO, payment));
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, lines, ISSUED, ISSUED.plusDays(30),
                InvoiceStatus.PAID_AT_DESK, Money.ZERO, payment));
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, lines, ISSUED, ISSUED.plusDays(30),
                InvoiceStatus.CANCELLED_BY_CREDIT_NOTE, Money.ofCents(100), null));
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, lines, ISSUED, ISSUED.plusDays(30),
                InvoiceStatus.TO_PAY, Money.ofCents(5460), null));
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, lines, ISSUED, ISSUED.minusDays(1),
                InvoiceStatus.TO_PAY, Money.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> new Invoice(NUMBER, 7, 1, MAY, List.of(SOIR.negated()), ISSUED,
                ISSUED.plusDays(30), InvoiceStatus.TO_PAY, Money.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> new CreditNote(CREDIT_NUMBER, NUMBER, 7, 1, ISSUED, "Motif", List.of(SOIR)));
    }
}
