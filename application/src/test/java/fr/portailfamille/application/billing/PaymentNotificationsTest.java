package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.TariffChoice;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The payment notification matrix: the provider's callbacks come duplicated, late, out of order or forged (they carry
 * only an id and prove nothing). Whatever their order, one payment is recorded per payment made, each invoice is paid
 * once, the parent gets one mail, and forged ones change nothing.
 */
class PaymentNotificationsTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    final InMemoryBillingPorts memory = new InMemoryBillingPorts();
    final BillingPorts ports = memory.ports;
    final ManageBilling settings = new ManageBilling(ports);
    final InvoicingRuns runs = new InvoicingRuns(ports);
    final Facturation facturation = new Facturation(ports);
    final PayOnline pay = new PayOnline(ports);
    final StaffInvoices staff = new StaffInvoices(ports);
    final Actor agent = account("ROUSSEL", "paul@mairie.fr", Role.AGENT);
    final Actor dupont = account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor nguyen = account("NGUYEN", "lan@exemple.fr", Role.PARENT);
    long dupontHousehold;
    long nguyenHousehold;
    CashOffice peri;

    Actor account(String name, String email, Role role) {
        var accounts = memory.dossier.accounts.ports.accounts();
        var a = accounts.add(Account.create(accounts.nextLoginId(), EmailAddress.parse(email).orElseThrow(), name, "Marie", role,
                memory.dossier.accounts.clock.instant()));
        var active = ((fr.portailfamille.domain.accounts.ActivationOutcome.Activated) a.activate("hash", 1, memory.dossier.accounts.clock.instant())).account();
        accounts.update(active);
        return Actor.of(active);
    }

    @BeforeEach
    void town() {
        memory.dossier.accounts.clock.advance(Duration.between(memory.dossier.accounts.clock.instant(), Instant.parse("2026-11-02T08:00:00Z")));
        var open = new OpenDossier(memory.dossier.ports);
        dupontHousehold = open.householdOf(dupont);
        nguyenHousehold = open.householdOf(nguyen);
        var saved = settings.saveCashOffice(agent, 0, new ManageBilling.CashOfficeForm("Régie Périscolaire", "012345", "peri", ""));
        assertTrue(saved.ok(), saved.errors().toString());
        peri = saved.value();
        var tariff = settings.saveTariff(agent, peri.id(), 0, new ManageBilling.TariffForm("peri-soir", "Accueil Périscolaire Soir", "",
                "2026-09-01", "2027-08-31", true, "aucune", "", List.of(
                new ManageBilling.BracketForm("T1", "0", "450", "2,10"), new ManageBilling.BracketForm("T2", "451", "800", "3,20"),
                new ManageBilling.BracketForm("T3", "801", "1200", "4,55"), new ManageBilling.BracketForm("T4", "1201", "", "5,80"),
                new ManageBilling.BracketForm("", "", "", ""))));
        assertTrue(tariff.ok(), tariff.errors().toString());
        assertTrue(settings.setQuotient(agent, dupontHousehold, new ManageBilling.QuotientForm("850", "CAF", "2026-01-01", "2026-12-31")).isEmpty());
        memory.usage.add(peri.id(), OCTOBER, new BillableUsage.ChildUsage(dupontHousehold, 1, "Léa Dupont", "Accueil Périscolaire Soir", "PERI-SOIR",
                evenings(12, UsageKind.BOOKED_AND_ATTENDED)));
        var nguyenDays = new ArrayList<>(evenings(3, UsageKind.BOOKED_AND_ATTENDED));
        nguyenDays.add(new UsageFact(LocalDate.of(2026, 10, 20), UsageKind.MEDICAL_ABSENCE_VALIDATED));
        memory.usage.add(peri.id(), OCTOBER, new BillableUsage.ChildUsage(nguyenHousehold, 2, "Minh Nguyen", "Accueil Périscolaire Soir", "PERI-SOIR",
                nguyenDays));
    }

    static List<UsageFact> evenings(int count, UsageKind kind) {
        var facts = new ArrayList<UsageFact>();
        for (int day = 1; facts.size() < count; day++) {
            var date = LocalDate.of(2026, 10, day);
            if (date.getDayOfWeek().getValue() <= 5) facts.add(new UsageFact(date, kind));
        }
        return facts;
    }

    List<fr.portailfamille.domain.billing.Invoice> finaliseOctober() {
        var run = runs.start(agent, peri.id(), OCTOBER);
        assertInstanceOf(InvoicingRuns.Computed.Done.class, runs.compute(agent, run.id()));
        var done = assertInstanceOf(InvoicingRuns.Finalisation.Finalised.class, runs.finalise(agent, run.id(), LocalDate.of(2026, 11, 2)));
        return done.invoices();
    }


    String start() {
        var redirect = assertInstanceOf(PayOnline.Started.Redirect.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        return redirect.url().substring(redirect.url().indexOf("id=") + 3);
    }

    long paid() {
        return LongStream.rangeClosed(1, 20).mapToObj(memory.payments::find).flatMap(java.util.Optional::stream)
                .filter(p -> p.state() == PaymentState.PAID).count();
    }

    long mails() {
        return memory.dossier.accounts.outbox.latest(100).stream().filter(m -> m.mail().subject().startsWith("Paiement confirmé")).count();
    }

    InvoiceStatus invoice() {
        return facturation.detail(dupont, "PERI2610-000001").invoice().status();
    }

    @Test
    void duplicated_notifications_record_one_payment() {
        finaliseOctober();
        String id = start();
        memory.gateway.pay(id);
        for (int i = 0; i < 5; i++) pay.notified(id);
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, id).outcome());
        pay.notified(id);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(5));
        pay.reconcile(Duration.ofMinutes(2));
        assertEquals(1, paid());
        assertEquals(InvoiceStatus.PAID, invoice());
        assertEquals(1, mails(), "one confirmation mail");
    }

    @Test
    void a_notification_before_the_payment_is_decided_changes_nothing_and_the_late_one_settles_it() {
        finaliseOctober();
        String id = start();
        pay.notified(id); // too early: the provider still says «in progress»
        assertEquals(0, paid());
        assertEquals(InvoiceStatus.TO_PAY, invoice());
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(10));
        memory.gateway.pay(id);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(9));
        pay.notified(id); // late, but within the attempt's life: it is the payment
        assertEquals(1, paid());
        assertEquals(InvoiceStatus.PAID, invoice());
        memory.dossier.accounts.clock.advance(Duration.ofDays(2));
        pay.notified(id); // very late duplicate
        assertEquals(1, paid());
        assertEquals(1, mails());
    }

    @Test
    void a_dropped_notification_is_made_up_by_the_reconciliation_job_once() {
        finaliseOctober();
        String id = start();
        memory.gateway.pay(id);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(3));
        assertEquals(1, pay.reconcile(Duration.ofMinutes(2)));
        pay.notified(id); // the notification arrives after the job settled it
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, id).outcome());
        assertEquals(1, paid());
        assertEquals(1, mails());
    }

    @Test
    void notifications_out_of_order_across_two_attempts_pay_the_invoice_once() {
        finaliseOctober();
        String first = start();
        memory.gateway.abandon(first);
        memory.dossier.accounts.clock.advance(Duration.ofMinutes(21));
        pay.reconcile(Duration.ofMinutes(2)); // the abandoned attempt expires
        String second = start();
        memory.gateway.pay(second);
        pay.notified(second);
        pay.notified(first); // the first attempt's notification arrives last
        assertEquals(PayOnline.Outcome.ABANDONED, pay.returned(dupont, first).outcome());
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, second).outcome());
        assertEquals(1, paid());
        assertEquals(InvoiceStatus.PAID, invoice());
        assertEquals(1, mails());
    }

    @Test
    void a_refusal_then_its_duplicates_never_pay() {
        finaliseOctober();
        String id = start();
        memory.gateway.refuse(id);
        pay.notified(id);
        pay.notified(id);
        assertEquals(PayOnline.Outcome.REFUSED, pay.returned(dupont, id).outcome());
        assertEquals(0, paid());
        assertEquals(InvoiceStatus.TO_PAY, invoice());
        assertEquals(0, mails());
    }

    @Test
    void forged_notifications_are_ignored() {
        finaliseOctober();
        String id = start();
        for (String forged : List.of("", "   ", "not-a-uuid", "<script>alert(1)</script>", "00000000-0000-0000-0000-000000000000",
                java.util.UUID.randomUUID().toString(), id + "' OR '1'='1", "x".repeat(10_000))) {
            pay.notified(forged);
        }
        // a real id, notified by someone else while the payer has not paid: the provider is asked, nothing is credited
        pay.notified(id);
        pay.notified(id.toUpperCase());
        assertEquals(0, paid());
        assertEquals(InvoiceStatus.TO_PAY, invoice());
        assertEquals(PaymentState.PENDING, memory.payments.find(1).orElseThrow().state());
        assertThrows(Actor.NotAllowed.class, () -> pay.returned(nguyen, id), "another household cannot read the attempt");
    }
}
