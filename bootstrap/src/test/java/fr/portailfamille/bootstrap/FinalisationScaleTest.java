package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingFixtures;
import fr.portailfamille.application.billing.InMemoryBillableUsage;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.billing.JooqCashOfficeRepository;
import fr.portailfamille.persistence.town.JooqTownRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;

import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static fr.portailfamille.persistence.schema.Tables.NOTIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The *Rush* figure of invoicing, on the real wiring (FreeMarker mails included): 10,000 households, 400,000 bookings
 * computed then finalised. Outside the default run (about a minute of set-up): {@code -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FinalisationScaleTest {

    private static final int HOUSEHOLDS = 10_000;
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void ten_thousand_households_invoice_in_seconds() {
        var db = TestDatabase.fresh();
        var clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        new JooqTownRepository(db, clock).save(new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00",
                "1 place de la République", "https://portail.example", 168));
        var accounts = Portal.accountsPorts(db, clock);
        var usage = new InMemoryBillableUsage();
        var ports = Portal.billingPorts(db, accounts, Portal.notificationCenter(db, accounts), null, usage, () -> "https://portail.example");
        var peri = new JooqCashOfficeRepository(db).add(BillingFixtures.periscolaire());
        new JooqCashOfficeRepository(db).addTariff(BillingFixtures.evening(peri.id()));
        db.dsl().execute("INSERT INTO account (login_id, email, last_name, first_names, role, status, created_at) "
                + "SELECT g, 'p' || g || '@exemple.fr', 'Foyer', 'Anne', 'PARENT', 'ACTIVE', '2026-09-01T08:00:00Z' FROM generate_series(1, 15000) g");
        db.dsl().execute("INSERT INTO account (login_id, email, last_name, first_names, role, status, created_at) "
                + "VALUES (99999, 'agent@exemple.fr', 'Roussel', 'Paul', 'AGENT', 'ACTIVE', '2026-09-01T08:00:00Z')");
        db.dsl().execute("INSERT INTO household (name, paperless_invoices) SELECT 'FOYER ' || g, g % 3 = 0 FROM generate_series(1, " + HOUSEHOLDS + ") g");
        db.dsl().execute("INSERT INTO household_account (account_id, household_id) SELECT a.id, h.id FROM account a "
                + "JOIN household h ON h.id = (SELECT min(id) FROM household) + (a.login_id - 1) % " + HOUSEHOLDS + " WHERE a.role = 'PARENT'");
        long agent = db.dsl().fetchSingle("SELECT id FROM account WHERE login_id = 99999").get(0, Long.class);
        java.util.List<Long> households = db.dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).fetch(HOUSEHOLD.ID);
        int child = 0;
        for (long household : households) {
            for (int c = 0; c < 2; c++) {
                var facts = new ArrayList<UsageFact>();
                for (int day = 1; day <= 20; day++) facts.add(new UsageFact(OCTOBER.atDay(day), day % 7 == 0 ? UsageKind.BOOKED_LATE : UsageKind.BOOKED_AND_ATTENDED));
                usage.add(peri.id(), OCTOBER, new BillableUsage.ChildUsage(household, ++child, "Enfant " + child, "Accueil Périscolaire Soir", "PERI-SOIR", facts));
            }
        }
        var runPorts = ports;
        var actor = new Actor(agent, Role.AGENT);
        long run = new OpenInvoicingRun(runPorts).start(actor, peri.id(), OCTOBER).id();

        long t0 = System.nanoTime();
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, new ComputeInvoicingRun(runPorts).compute(actor, run));
        long t1 = System.nanoTime();
        new ReviewInvoicingRun(runPorts).review(actor, run);
        long t2 = System.nanoTime();
        assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, new FinaliseInvoicingRun(runPorts).finalise(actor, run, LocalDate.of(2026, 11, 2)));
        long t3 = System.nanoTime();
        System.out.printf("BENCH compute %d ms, review %d ms, finalise %d ms, total %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000);

        assertTrue((t3 - t0) / 1_000_000 < 10_000, "the run took more than 10 s");
        assertEquals(HOUSEHOLDS, db.dsl().fetchCount(INVOICE));
        assertEquals(15_000, db.dsl().fetchCount(NOTIFICATION));
        assertEquals(15_000, db.dsl().fetchCount(MAIL_OUTBOX));
    }
}
