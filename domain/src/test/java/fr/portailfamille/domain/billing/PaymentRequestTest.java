package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaymentRequestTest {

    private static final long HOUSEHOLD = 7;
    private static final CashOffice PERI = CashOfficeTest.periscolaire();
    private static final CashOffice REST = CashOffice.create("Régie Restauration", "012345", "REST").withId(2);
    private static final PaymentReference REFERENCE = PaymentReference.forPaymentRecord(PERI, 42);

    private static Invoice invoice(CashOffice office, long household, int month, long cents) {
        var line = InvoiceLine.of("Accueil Périscolaire Soir", "Mylis", 1, Money.ofCents(cents));
        return new InvoiceDraft(household, office.id(), YearMonth.of(2021, month), List.of(line))
                .finalise(office.invoiceNumber(YearMonth.of(2021, month), month), LocalDate.of(2021, month, 28));
    }

    private static Invoice paid(Invoice invoice) {
        return ((PaymentOutcome.Paid) invoice.pay(PaymentMethod.CASH, invoice.amountDue(), Instant.parse("2021-06-01T10:00:00Z"), "")).invoice();
    }

    @Test
    void invoices_of_one_regie_are_paid_together() {
        var april = invoice(PERI, HOUSEHOLD, 4, 12000);
        var may = invoice(PERI, HOUSEHOLD, 5, 18432);
        var request = assertInstanceOf(PaymentRequest.Check.Ready.class,
                PaymentRequest.prepare(HOUSEHOLD, PERI, List.of(april, may), REFERENCE)).request();
        assertEquals(Money.ofCents(30432), request.total());
        assertEquals(List.of(april.number(), may.number()), request.invoiceNumbers());
        assertEquals(REFERENCE, request.reference());
        assertEquals("006281", request.cashOffice().payfipClientNumber());
    }

    @Test
    void a_credit_lowers_what_the_transaction_asks_for() {
        var may = invoice(PERI, HOUSEHOLD, 5, 18432);
        var credited = ((CreditOutcome.Issued) may.creditNote(PERI.invoiceNumber(YearMonth.of(2021, 6), 9), LocalDate.of(2021, 6, 2),
                "Absence médicale", List.of(InvoiceLine.of("Soir", "Mylis", 2, Money.ofCents(455))))).invoice();
        var request = ((PaymentRequest.Check.Ready) PaymentRequest.prepare(HOUSEHOLD, PERI, List.of(credited), REFERENCE)).request();
        assertEquals(Money.ofCents(17522), request.total());
    }

    @Test
    void every_reason_to_refuse_is_listed_in_french() {
        var ok = invoice(PERI, HOUSEHOLD, 3, 5000);
        var otherRegie = invoice(REST, HOUSEHOLD, 4, 6608);
        var notOurs = invoice(PERI, 8, 5, 5460);
        var alreadyPaid = paid(invoice(PERI, HOUSEHOLD, 6, 5460));
        var cancelled = ((CreditOutcome.Issued) invoice(PERI, HOUSEHOLD, 7, 5460).creditNote(
                PERI.invoiceNumber(YearMonth.of(2021, 7), 99), LocalDate.of(2021, 7, 30), "Erreur",
                List.of(InvoiceLine.of("Soir", "Mylis", 1, Money.ofCents(5460))))).invoice();
        var check = PaymentRequest.prepare(HOUSEHOLD, PERI, List.of(ok, otherRegie, notOurs, alreadyPaid, cancelled, ok), REFERENCE);
        assertEquals(new PaymentRequest.Check.Refused(List.of(
                "La facture REST2104-000004 dépend d'une autre régie que « Régie Recettes Municipales » : payez les factures d'une régie après l'autre.",
                "La facture PERI2105-000005 n'est pas une facture de votre foyer.",
                "La facture PERI2106-000006 est déjà payée.",
                "La facture PERI2107-000007 a été annulée par un avoir : il n'y a rien à payer.",
                "La facture PERI2103-000003 est choisie deux fois.")), check);
    }

    @Test
    void nothing_chosen_or_less_than_one_euro_is_refused() {
        assertEquals(new PaymentRequest.Check.Refused(List.of("Choisissez au moins une facture à payer.")),
                PaymentRequest.prepare(HOUSEHOLD, PERI, List.of(), REFERENCE));
        assertEquals(new PaymentRequest.Check.Refused(List.of(
                        "Le paiement en ligne demande au moins 1,00 € : réglez un montant inférieur auprès de la régie.")),
                PaymentRequest.prepare(HOUSEHOLD, PERI, List.of(invoice(PERI, HOUSEHOLD, 5, 99)), REFERENCE));
        assertInstanceOf(PaymentRequest.Check.Ready.class,
                PaymentRequest.prepare(HOUSEHOLD, PERI, List.of(invoice(PERI, HOUSEHOLD, 5, 100)), REFERENCE));
        assertThrows(IllegalArgumentException.class, () -> new PaymentRequest(HOUSEHOLD, PERI, List.of(), REFERENCE));
    }

    @Test
    void the_reference_names_the_payment_record_in_letters_and_digits_only() {
        assertEquals("PERIPAY000000042", REFERENCE.value());
        assertEquals(Optional.of(42L), REFERENCE.paymentRecordId());
        var longest = PaymentReference.forPaymentRecord(CashOffice.create("R", "000001", "ABCDEFGH"), Long.MAX_VALUE);
        assertEquals(30, longest.value().length());
        assertEquals(Optional.of(Long.MAX_VALUE), longest.paymentRecordId());
        assertEquals(Optional.of(7L), PaymentReference.forPaymentRecord(CashOffice.create("R", "000001", "PAYE"), 7).paymentRecordId());
        assertEquals(Optional.empty(), new PaymentReference("FAC2025100042").paymentRecordId());
        assertThrows(IllegalArgumentException.class, () -> new PaymentReference("PERI2105-000123"), "«-» is refused by PayFiP");
        assertThrows(IllegalArgumentException.class, () -> new PaymentReference("AB12"), "fewer than 6");
        assertThrows(IllegalArgumentException.class, () -> new PaymentReference("A".repeat(31)));
        assertThrows(IllegalArgumentException.class, () -> PaymentReference.forPaymentRecord(PERI, 0));
    }
}
