package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingFixtures;
import fr.portailfamille.application.billing.InMemoryBillableUsage;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two runs of the same régie and year finalised at the same moment, each twice (double click), on PostgreSQL: every
 * household is invoiced once, and the numbers 1…n are all taken, each once — no duplicate, no gap.
 */
class ConcurrentFinalisationTest {

    private final Db db = TestDatabase.fresh();

    @Test
    void concurrent_finalisations_number_without_duplicate_or_gap() throws Exception {
        var cashOffices = new JooqCashOfficeRepository(db);
        var invoices = new JooqInvoiceRepository(db);
        var peri = cashOffices.add(BillingFixtures.periscolaire());
        cashOffices.addTariff(BillingFixtures.evening(peri.id()));
        long agent = BillingRows.account(db, Role.AGENT);
        var usage = new InMemoryBillableUsage();
        var september = YearMonth.of(2026, 9);
        var october = YearMonth.of(2026, 10);
        int households = 150;
        for (int i = 0; i < households; i++) {
            long household = BillingRows.household(db);
            for (var month : List.of(september, october)) {
                usage.add(peri.id(), month, new BillableUsage.ChildUsage(household, i + 1, "Enfant " + i, "Accueil Périscolaire Soir", "PERI-SOIR",
                        List.of(new UsageFact(month.atDay(15), UsageKind.BOOKED_AND_ATTENDED), new UsageFact(month.atDay(16), UsageKind.BOOKED_LATE))));
            }
        }
        var clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        BillingRows.town(db, clock);
        var runPorts = BillingRows.ports(db, usage, null, clock);
        var actor = new Actor(agent, Role.AGENT);
        long first = new OpenInvoicingRun(runPorts).start(actor, peri.id(), september).id();
        long second = new OpenInvoicingRun(runPorts).start(actor, peri.id(), october).id();
        new ComputeInvoicingRun(runPorts).compute(actor, first);
        new ComputeInvoicingRun(runPorts).compute(actor, second);

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = new ArrayList<Future<FinaliseInvoicingRun.Finalisation>>();
            for (long run : List.of(first, second, first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return new FinaliseInvoicingRun(runPorts).finalise(actor, run, LocalDate.of(2026, 11, 2));
                }));
            }
            start.countDown();
            for (var result : results) result.get();
        }

        List<Integer> sequences = db.dsl().select(INVOICE.SEQUENCE).from(INVOICE).orderBy(INVOICE.SEQUENCE).fetch(r -> r.value1());
        assertEquals(IntStream.rangeClosed(1, 2 * households).boxed().toList(), sequences);
        assertEquals(households, invoices.ofRun(first).size());
        assertEquals(households, invoices.ofRun(second).size());
        assertEquals(2 * households, db.dsl().selectDistinct(INVOICE.NUMBER).from(INVOICE).fetch().size());
        assertEquals(2 * households, invoices.reserveNumbers(peri.id(), october, 1).first() - 1, "the series ends where the invoices end");
    }
}
