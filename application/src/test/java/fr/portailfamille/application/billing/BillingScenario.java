package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The town both billing scenario tests start from, on in-memory adapters: a régie with an evening tariff by quotient,
 * the Duponts (QF 850, twelve evenings in October) and the Nguyens (no QF, three evenings and a validated absence).
 */
abstract class BillingScenario {
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    final InMemoryBillingPorts memory = new InMemoryBillingPorts();
    final BillingPorts ports = memory.ports;
    final ReadCashOffices settings = new ReadCashOffices(ports);
    final SetTariff setTariff = new SetTariff(ports);
    final fr.portailfamille.application.privacy.InMemoryAuditTrail trail = new fr.portailfamille.application.privacy.InMemoryAuditTrail();
    final OpenInvoicingRun openRun = new OpenInvoicingRun(ports);
    final ComputeInvoicingRun computeRun = new ComputeInvoicingRun(ports);
    final ReviewInvoicingRun reviewRun = new ReviewInvoicingRun(ports);
    final FinaliseInvoicingRun finaliseRun = new FinaliseInvoicingRun(ports, trail);
    final Facturation facturation = new Facturation(ports);
    final PayOnline pay = new PayOnline(ports);
    final ReadStaffInvoices readInvoices = new ReadStaffInvoices(ports, new InMemoryBilledDays(memory.invoices));
    final RecordDeskPayment deskPayment = new RecordDeskPayment(ports, trail);
    final IssueCreditNote creditNote = new IssueCreditNote(ports, trail, new InMemoryBilledDays(memory.invoices));
    final Actor agent = account("ROUSSEL", "paul@mairie.fr", Role.AGENT);
    final Actor dupont = account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor nguyen = account("NGUYEN", "lan@exemple.fr", Role.PARENT);
    long dupontHousehold;
    long nguyenHousehold;
    CashOffice peri;

    /** A desk payment as the agent types its amount («11,60»). */
    static RecordDeskPayment.Command desk(PaymentMethod method, String amount, String reference) {
        return new RecordDeskPayment.Command(method, ((fr.portailfamille.domain.common.MoneyInput.Valid) Money.parse(amount)).money(), reference);
    }

    static TariffBracket bracket(String label, int from, Integer to, long cents) {
        return new TariffBracket(label, from, to, Money.ofCents(cents));
    }

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
        var saved = new SaveCashOffice(ports).save(agent, 0, new SaveCashOffice.Command("Régie Périscolaire", "012345", "peri", ""));
        assertTrue(saved.ok(), saved.errors().toString());
        peri = saved.value();
        setTariff.save(agent, peri.id(), 0, new SetTariff.Command("peri-soir", "Accueil Périscolaire Soir", "",
                LocalDate.parse("2026-09-01"), LocalDate.parse("2027-08-31"), true, Optional.empty(), List.of(
                bracket("T1", 0, 450, 210), bracket("T2", 451, 800, 320), bracket("T3", 801, 1200, 455), bracket("T4", 1201, null, 580))));
        new RecordQuotient(ports).record(agent, dupontHousehold, new RecordQuotient.Command(850, QuotientSource.CAF,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
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
        var run = openRun.start(agent, peri.id(), OCTOBER);
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, computeRun.compute(agent, run.id()));
        var done = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, finaliseRun.finalise(agent, run.id(), LocalDate.of(2026, 11, 2)));
        return done.invoices();
    }
}
