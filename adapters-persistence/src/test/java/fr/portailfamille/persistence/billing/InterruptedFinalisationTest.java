package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingFixtures;
import fr.portailfamille.application.billing.InMemoryBillableUsage;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.ReadInvoicingRuns;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.application.mail.QueuedMail;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static fr.portailfamille.persistence.schema.Tables.NOTIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An invoicing run interrupted mid-way (the database connection lost while its mails were being queued, after its
 * invoices, lines and notifications were written), then run again, on PostgreSQL: the second finalisation issues the
 * same invoices with the same numbers, no gap, and tells each account exactly once; a third one changes nothing.
 */
class InterruptedFinalisationTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final int HOUSEHOLDS = 60;

    private final Db db = TestDatabase.fresh();

    /** The outbox of the run: it writes the first mails, then the «crash» comes. */
    private static final class CrashingOutbox implements MailOutbox {
        private final MailOutbox real;
        boolean crash = true;

        CrashingOutbox(MailOutbox real) {
            this.real = real;
        }

        @Override
        public long enqueue(OutgoingMail mail) {
            return real.enqueue(mail);
        }

        @Override
        public void enqueueAll(List<OutgoingMail> mails) {
            real.enqueueAll(mails.subList(0, mails.size() / 2));
            if (crash) throw new IllegalStateException("connexion perdue");
            real.enqueueAll(mails.subList(mails.size() / 2, mails.size()));
        }

        @Override
        public List<QueuedMail> claimDue(Instant now, int limit) {
            return real.claimDue(now, limit);
        }

        @Override
        public void markSent(long id, String deliveredVia, Instant when) {
            real.markSent(id, deliveredVia, when);
        }

        @Override
        public void markFailed(long id, String error, Instant retryAt) {
            real.markFailed(id, error, retryAt);
        }

        @Override
        public Backlog backlog() {
            return real.backlog();
        }

        @Override
        public List<QueuedMail> latest(int limit) {
            return real.latest(limit);
        }
    }

    @Test
    void a_run_interrupted_mid_way_then_rerun_issues_the_same_invoices_without_gap_or_duplicate() {
        var cashOffices = new JooqCashOfficeRepository(db);
        var invoices = new JooqInvoiceRepository(db);
        var peri = cashOffices.add(BillingFixtures.periscolaire());
        cashOffices.addTariff(BillingFixtures.evening(peri.id()));
        var clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        BillingRows.town(db, clock);
        long agent = BillingRows.account(db, Role.AGENT);
        var households = new JooqHouseholdRepository(db);
        var accounts = new JooqAccountRepository(db);
        var usage = new InMemoryBillableUsage();
        var at = Instant.parse("2026-09-01T08:00:00Z");
        int paperless = 0;
        for (int i = 0; i < HOUSEHOLDS; i++) {
            var household = households.add(Household.named("FOYER" + i));
            if (i % 3 == 0) {
                households.update(household.withCoordinates("", true, List.of()));
                paperless++;
            }
            for (String first : List.of("Anne", "Marc")) {
                int loginId = accounts.nextLoginId();
                var account = accounts.add(Account.create(loginId, EmailAddress.parse("p" + loginId + "@exemple.fr").orElseThrow(), "Foyer" + i, first,
                        Role.PARENT, at));
                accounts.update(((ActivationOutcome.Activated) account.activate("hash", 0, at)).account());
                households.link(account.id(), household.id());
            }
            usage.add(peri.id(), OCTOBER, new BillableUsage.ChildUsage(household.id(), i + 1, "Enfant " + i, "Accueil Périscolaire Soir", "PERI-SOIR",
                    List.of(new UsageFact(OCTOBER.atDay(15), UsageKind.BOOKED_AND_ATTENDED), new UsageFact(OCTOBER.atDay(16), UsageKind.BOOKED_LATE))));
        }
        var outbox = new CrashingOutbox(new JooqMailOutbox(db, clock));
        var runPorts = BillingRows.ports(db, usage, outbox, clock);
        var actor = new Actor(agent, Role.AGENT);
        long run = new OpenInvoicingRun(runPorts).start(actor, peri.id(), OCTOBER).id();
        new ComputeInvoicingRun(runPorts).compute(actor, run);

        assertThrows(IllegalStateException.class, () -> new FinaliseInvoicingRun(runPorts).finalise(actor, run, LocalDate.of(2026, 11, 2)));
        assertEquals(0, db.dsl().fetchCount(INVOICE), "the interrupted run left no invoice");
        assertEquals(0, db.dsl().fetchCount(INVOICE_LINE));
        assertEquals(0, db.dsl().fetchCount(NOTIFICATION), "nor any notification");
        assertEquals(0, db.dsl().fetchCount(MAIL_OUTBOX), "nor half of its mails");
        assertTrue(new ReadInvoicingRuns(runPorts).run(actor, run).run().status() == fr.portailfamille.application.billing.InvoicingRun.Status.DRAFT);

        outbox.crash = false;
        var done = (FinaliseInvoicingRun.Finalisation.Finalised) new FinaliseInvoicingRun(runPorts).finalise(actor, run, LocalDate.of(2026, 11, 2));
        assertTrue(done.now());
        List<Integer> sequences = db.dsl().select(INVOICE.SEQUENCE).from(INVOICE).orderBy(INVOICE.SEQUENCE).fetch(r -> r.value1());
        assertEquals(IntStream.rangeClosed(1, HOUSEHOLDS).boxed().toList(), sequences, "numbers 1…n, as if nothing had happened");
        var issued = invoices.ofRun(run);
        assertEquals(HOUSEHOLDS, issued.size());
        assertEquals(HOUSEHOLDS, issued.stream().map(Invoice::householdId).distinct().count());
        assertEquals(2 * HOUSEHOLDS, db.dsl().fetchCount(NOTIFICATION), "each account told once");
        assertEquals(2 * HOUSEHOLDS, db.dsl().selectDistinct(NOTIFICATION.ACCOUNT_ID).from(NOTIFICATION).fetch().size());
        assertEquals(2 * HOUSEHOLDS, db.dsl().fetchCount(MAIL_OUTBOX), "one mail per account: the invoice with its PDF, or the notification");
        assertEquals(2 * paperless, db.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SUBJECT.startsWith("Facture disponible")
                .and(org.jooq.impl.DSL.cardinality(MAIL_OUTBOX.ATTACHMENT_REFS).eq(1))));

        var again = (FinaliseInvoicingRun.Finalisation.Finalised) new FinaliseInvoicingRun(runPorts).finalise(actor, run, LocalDate.of(2026, 11, 3));
        assertTrue(!again.now());
        assertEquals(issued, again.invoices());
        assertEquals(HOUSEHOLDS, db.dsl().fetchCount(INVOICE));
        assertEquals(2 * HOUSEHOLDS, db.dsl().fetchCount(NOTIFICATION));
        assertEquals(2 * HOUSEHOLDS, db.dsl().fetchCount(MAIL_OUTBOX));
        assertEquals(HOUSEHOLDS + 1, invoices.reserveNumbers(peri.id(), OCTOBER, 1).first(), "the series goes on after the last invoice");
    }
}
