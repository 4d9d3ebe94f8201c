package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.CreditOutcome;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.MonthlyBilling;
import fr.portailfamille.domain.billing.PaidChildcare;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link ChildcareTaxCertificates}: in-memory and jOOQ. */
public abstract class ChildcareTaxCertificatesContract {

    protected abstract ChildcareTaxCertificates certificates();

    protected abstract InvoiceRepository invoices();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract long newHousehold();

    /** A child of the household: its id. */
    protected abstract long newChild(long householdId, String firstNames, String lastName, LocalDate birthDate);

    protected abstract void newActivity(String name, ActivityKind kind);

    /** A document of the household to point a certificate at: its id. */
    protected abstract long newDocument(long householdId);

    /** An account that issues credit notes: its id. */
    protected abstract long agent();

    static final LocalDate LEA_BORN = LocalDate.of(2021, 3, 14);

    private CashOffice peri;
    private long household;
    private long lea;

    @BeforeEach
    void aFamilyAndItsActivities() {
        peri = cashOffices().add(BillingFixtures.periscolaire());
        household = newHousehold();
        lea = newChild(household, "Léa", "Dupont", LEA_BORN);
        newActivity("Accueil du soir", ActivityKind.ACCUEIL_SOIR);
        newActivity("Restauration scolaire", ActivityKind.RESTAURATION_SCOLAIRE);
    }

    private static String label(String activity, YearMonth month) {
        return InvoiceLine.prestationLabel(activity, month.atDay(1), month.atEndOfMonth(), "");
    }

    /** An invoice of that month with an evening line, its surcharge, a canteen line and a line for a child of another name. */
    private fr.portailfamille.domain.billing.Invoice invoice(YearMonth month, int sequence) {
        var lines = List.of(InvoiceLine.of(label("Accueil du soir", month), "Léa Dupont", 10, Money.ofCents(455)),
                InvoiceLine.of(MonthlyBilling.SURCHARGE_LABEL + InvoiceLine.LABEL_SEPARATOR + label("Accueil du soir", month), "Léa Dupont", 1, Money.ofCents(45)),
                InvoiceLine.of(label("Restauration scolaire", month), "Léa Dupont", 8, Money.ofCents(380)),
                InvoiceLine.of(label("Séjour neige", month), "Tom Ancien", 1, Money.ofCents(9000)));
        var invoice = new InvoiceDraft(household, peri.id(), month, lines).finalise(peri.invoiceNumber(month, sequence), month.plusMonths(1).atDay(2));
        invoices().issue(null, List.of(invoice));
        return invoice;
    }

    private void pay(fr.portailfamille.domain.billing.Invoice invoice, String paidAt) {
        var current = invoices().find(invoice.number().value()).orElseThrow();
        assertTrue(invoices().markPaid(invoice.number(), new InvoicePayment(PaymentMethod.CHEQUE, current.amountDue(), Instant.parse(paidAt), "")));
    }

    private void credit(fr.portailfamille.domain.billing.Invoice invoice, int sequence, LocalDate on, int days) {
        var current = invoices().find(invoice.number().value()).orElseThrow();
        var issued = (CreditOutcome.Issued) current.creditNote(peri.invoiceNumber(invoice.month(), sequence), on, "Absence justifiée",
                List.of(InvoiceLine.of(invoice.lines().getFirst().prestation(), "Léa Dupont", days, Money.ofCents(455))));
        invoices().addCreditNote(issued.creditNote(), issued.invoice(), agent(), Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void the_lines_of_invoices_paid_in_the_year_with_their_child_and_activity_and_their_credit_notes_of_the_year() {
        var march = invoice(YearMonth.of(2026, 3), 1);
        credit(march, 2, LocalDate.of(2026, 3, 20), 2);      // before payment: paid the rest
        pay(march, "2026-04-02T09:00:00Z");
        credit(march, 3, LocalDate.of(2026, 12, 1), 1);      // after payment: a refund in the year
        credit(march, 4, LocalDate.of(2027, 1, 15), 1);      // a refund of the next year: not this year's
        invoice(YearMonth.of(2026, 10), 5);                  // not paid
        var december = invoice(YearMonth.of(2026, 12), 6);
        pay(december, "2026-12-31T23:30:00Z");               // 1 January 2027 in Paris

        var lines = certificates().paidIn(2026);
        String number = march.number().value();
        var evening = lines.stream().filter(l -> l.activity() == ActivityKind.ACCUEIL_SOIR).toList();
        assertEquals(List.of(Money.ofCents(4550), Money.ofCents(45), Money.ofCents(-455), Money.ofCents(-910)),
                evening.stream().map(PaidChildcare::amount).sorted((a, b) -> b.compareTo(a)).toList(), "the lines, the surcharge, two credits");
        assertTrue(lines.stream().allMatch(l -> l.invoiceNumber().equals(number) && l.householdId() == household), "one invoice paid in 2026");
        assertTrue(lines.stream().allMatch(l -> l.paidOn().equals(LocalDate.of(2026, 4, 2)) && l.method() == PaymentMethod.CHEQUE));
        var canteen = lines.stream().filter(l -> l.activity() == ActivityKind.RESTAURATION_SCOLAIRE).toList();
        assertEquals(1, canteen.size());
        assertEquals(lea, canteen.getFirst().childId());
        assertEquals(LEA_BORN, canteen.getFirst().birthDate());
        var unknown = lines.stream().filter(l -> l.childName().equals("Tom Ancien")).findFirst().orElseThrow();
        assertEquals(null, unknown.childId(), "no child of the household bears that name");
        assertEquals(null, unknown.activity(), "no activity bears that name");
        assertEquals(6, lines.size());

        var next = certificates().paidIn(2027);
        assertEquals(Set.of(december.number().value()), next.stream().map(PaidChildcare::invoiceNumber).collect(java.util.stream.Collectors.toSet()),
                "paid on 1 January 2027, town time");
        assertEquals(LocalDate.of(2027, 1, 1), next.getFirst().paidOn());
    }

    @Test
    void a_household_has_one_certificate_per_year() {
        long first = newDocument(household);
        long second = newDocument(household);
        assertEquals(Set.of(), certificates().certified(2026));
        assertTrue(certificates().record(household, 2026, first, Instant.parse("2027-01-10T09:00:00Z"), agent()));
        assertFalse(certificates().record(household, 2026, second, Instant.parse("2027-01-10T09:05:00Z"), agent()), "never a second one");
        assertEquals(Set.of(household), certificates().certified(2026));
        assertEquals(Set.of(), certificates().certified(2025));
        assertTrue(certificates().record(household, 2025, second, Instant.parse("2027-01-10T09:05:00Z"), agent()));
    }
}
