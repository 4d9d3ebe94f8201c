package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.BillingFixtures;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.IssueCreditNote;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import fr.portailfamille.persistence.schema.enums.AbsenceStatus;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static fr.portailfamille.persistence.schema.Tables.BILLED_DAY;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.CREDIT_NOTE_LINE;
import static fr.portailfamille.persistence.schema.Tables.CLOSURE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static fr.portailfamille.persistence.schema.Tables.INVOICING_RUN;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;
import static fr.portailfamille.persistence.schema.Tables.SCHOOL_CALENDAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property that keeps a town from billing twice, on PostgreSQL with the real usage query: any sequence of
 * bookings (in time or late), cancellations (in time or late, then booked again), validated medical absences,
 * closures and invoicing runs of one month — the first run, then complementary ones, all before the month ends —
 * bills each run exactly the days billable then that no final invoice bills yet, so every billable day ends on
 * exactly one final line, never on two. Credit notes come in between, each giving back one billed day: that day is
 * then billed again by a later run if it is still billable, once — a day is never billed twice without a credit in
 * between. Seeded random sequences (the seed of a failure is in its message; rerun one
 * with {@code -Dbilling.seed=…}).
 */
class BilledOncePropertyTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final List<LocalDate> DAYS = List.of(OCTOBER.atDay(5), OCTOBER.atDay(6), OCTOBER.atDay(8), OCTOBER.atDay(9),
            OCTOBER.atDay(12), OCTOBER.atDay(13));
    private static final int SEQUENCES = Integer.getInteger("billing.sequences", 40);
    private static final int STEPS = 30;

    /** A child's day as the bookings left it. */
    private enum State { BOOKED, BOOKED_LATE, CANCELLED_IN_TIME, CANCELLED_LATE }

    private record Day(long child, LocalDate day) {
    }

    @Test
    void any_sequence_bills_each_billable_day_on_exactly_one_final_line() {
        long first = Long.getLong("billing.seed", 20261205L);
        int complementaryBills = 0;
        credits = 0;
        for (long seed = first; seed < first + SEQUENCES; seed++) {
            try {
                complementaryBills += sequence(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("sequence of seed " + seed + " (-Dbilling.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
        assertTrue(complementaryBills > SEQUENCES, "complementary runs billed days, not only first ones: " + complementaryBills);
        assertTrue(credits > SEQUENCES, "credit notes gave days back: " + credits);
    }

    private int credits;

    /** One sequence on an empty database; how many of its complementary runs billed something. */
    private int sequence(Random random) {
        Db db = TestDatabase.fresh();
        var cashOffices = new JooqCashOfficeRepository(db);
        var peri = cashOffices.add(BillingFixtures.periscolaire());
        cashOffices.addTariff(BillingFixtures.evening(peri.id()));
        db.dsl().insertInto(SCHOOL_CALENDAR).set(SCHOOL_CALENDAR.START_YEAR, 2026).set(SCHOOL_CALENDAR.ZONE, "C")
                .set(SCHOOL_CALENDAR.FIRST_DAY_OF_CLASSES, LocalDate.of(2026, 9, 1)).set(SCHOOL_CALENDAR.LAST_DAY_OF_CLASSES, LocalDate.of(2027, 7, 3))
                .execute();
        var rows = new BookingRows(db);
        long activity = rows.eveningActivity(peri.invoicePrefix());
        Map<Long, Long> households = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            long[] family = rows.family("FAMILLE" + i);
            households.put(family[1], family[0]);
        }
        List<Long> children = households.keySet().stream().sorted().toList();
        // before the month ends: every run but the first of the month is complementary
        var clock = Clock.fixed(Instant.parse("2026-10-20T08:00:00Z"), ZoneOffset.UTC);
        BillingRows.town(db, clock);
        var ports = BillingRows.ports(db, new JooqBillableUsage(db), new JooqMailOutbox(db, clock), clock);
        var staff = new IssueCreditNote(ports, AuditTrail.NOT_KEPT, new JooqBilledDays(db));
        var agent = new Actor(BillingRows.account(db, Role.AGENT), Role.AGENT);

        Map<Day, State> bookings = new HashMap<>();
        Set<Day> absent = new HashSet<>();
        Set<LocalDate> closed = new HashSet<>();
        Set<Day> billed = new HashSet<>();
        int finalRuns = 0;
        int complementaryBills = 0;
        for (int step = 0; step < STEPS; step++) {
            var day = new Day(children.get(random.nextInt(children.size())), DAYS.get(random.nextInt(DAYS.size())));
            int op = random.nextInt(11);
            if (op < 4) {
                var state = bookings.get(day);
                if (state == null || state == State.CANCELLED_IN_TIME || state == State.CANCELLED_LATE) {
                    boolean late = random.nextBoolean();
                    rows.book(activity, day.child(), day.day(), late);
                    bookings.put(day, late ? State.BOOKED_LATE : State.BOOKED);
                }
            } else if (op < 6) {
                var state = bookings.get(day);
                if (state == State.BOOKED || state == State.BOOKED_LATE) {
                    boolean late = random.nextBoolean();
                    rows.cancel(activity, day.child(), day.day(), late);
                    bookings.put(day, late ? State.CANCELLED_LATE : State.CANCELLED_IN_TIME);
                }
            } else if (op == 6) {
                if (absent.add(day)) absence(db, households.get(day.child()), day);
            } else if (op == 7) {
                if (closed.add(day.day())) {
                    db.dsl().insertInto(CLOSURE).set(CLOSURE.START_YEAR, 2026).set(CLOSURE.DAY, day.day()).set(CLOSURE.REASON, "Grève").execute();
                }
            } else if (op == 8) {
                if (!billed.isEmpty()) credit(db, staff, agent, billed.stream().sorted(BY_DAY).toList().get(random.nextInt(billed.size())), billed);
            } else {
                complementaryBills += run(db, ports, agent, peri.id(), billable(bookings, absent, closed), billed, finalRuns++ > 0);
            }
        }
        complementaryBills += run(db, ports, agent, peri.id(), billable(bookings, absent, closed), billed, finalRuns > 0);
        assertTrue(billed.containsAll(billable(bookings, absent, closed)), "every day billable at the end is billed");
        int quantities = db.dsl().select(DSL.coalesce(DSL.sum(INVOICE_LINE.QUANTITY), DSL.val(java.math.BigDecimal.ZERO))).from(INVOICE_LINE)
                .fetchSingle().value1().intValue();
        int credited = db.dsl().select(DSL.coalesce(DSL.sum(CREDIT_NOTE_LINE.QUANTITY), DSL.val(java.math.BigDecimal.ZERO))).from(CREDIT_NOTE_LINE)
                .fetchSingle().value1().intValue();
        assertEquals(billed.size(), quantities - credited, "the final lines less the credit notes count each billed day once");
        assertEquals(billed.size(), db.dsl().fetchCount(BILLED_DAY));
        return complementaryBills;
    }

    /**
     * One run, opened, computed and finalised: it bills exactly the days billable now that no final invoice bills, on
     * lines whose quantities are these days. Returns 1 when a complementary run issued invoices.
     */
    private static int run(Db db, fr.portailfamille.application.billing.BillingPorts runPorts, Actor agent, long office, Set<Day> billable, Set<Day> billed, boolean complementary) {
        var expected = new HashSet<>(billable);
        expected.removeAll(billed);
        var started = assertInstanceOf(OpenInvoicingRun.Start.Started.class, new OpenInvoicingRun(runPorts).open(agent, office, OCTOBER));
        assertEquals(complementary, started.run().complementary(), "a run after a final one is complementary");
        assertEquals(1, db.dsl().fetchCount(INVOICING_RUN, INVOICING_RUN.STATUS.eq("DRAFT")), "one draft of the month, never two");
        long run = started.run().id();
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, new ComputeInvoicingRun(runPorts).compute(agent, run));
        var done = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, new FinaliseInvoicingRun(runPorts).finalise(agent, run));
        Set<Day> now = new HashSet<>();
        db.dsl().select(BILLED_DAY.CHILD_ID, BILLED_DAY.DAY).from(BILLED_DAY).join(INVOICE).on(INVOICE.ID.eq(BILLED_DAY.INVOICE_ID))
                .where(INVOICE.RUN_ID.eq(run)).forEach(r -> now.add(new Day(r.value1(), r.value2())));
        assertEquals(expected, now, "the run bills the billable days not billed yet, and only them");
        for (var invoice : done.invoices()) {
            int days = db.dsl().fetchCount(BILLED_DAY.join(INVOICE).on(INVOICE.ID.eq(BILLED_DAY.INVOICE_ID)), INVOICE.NUMBER.eq(invoice.number().value()));
            assertEquals(days, invoice.lines().stream().mapToInt(l -> l.quantity()).sum(), "the lines of " + invoice.number() + " count its days");
        }
        billed.addAll(now);
        return complementary && !done.invoices().isEmpty() ? 1 : 0;
    }

    private static final java.util.Comparator<Day> BY_DAY = java.util.Comparator.comparing(Day::day).thenComparingLong(Day::child);

    /** A credit note of one evening on the invoice that bills the day, giving the day back. */
    private void credit(Db db, IssueCreditNote staff, Actor agent, Day day, Set<Day> billed) {
        var invoice = db.dsl().select(INVOICE.NUMBER, BILLED_DAY.ACTIVITY_ID).from(BILLED_DAY).join(INVOICE).on(INVOICE.ID.eq(BILLED_DAY.INVOICE_ID))
                .where(BILLED_DAY.CHILD_ID.eq(day.child()), BILLED_DAY.DAY.eq(day.day())).fetchSingle();
        var lines = db.dsl().select(INVOICE_LINE.CHILD_NAME).from(INVOICE_LINE).join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID))
                .where(INVOICE.NUMBER.eq(invoice.value1())).orderBy(INVOICE_LINE.POSITION).fetch(r -> r.value1());
        String child = db.dsl().select(CHILD.FIRST_NAMES.concat(" ").concat(CHILD.LAST_NAME)).from(CHILD).where(CHILD.ID.eq(day.child())).fetchSingle().value1();
        var quantities = lines.stream().map(name -> name.equals(child) ? 1 : 0).toList();
        var errors = staff.issue(agent, invoice.value1(), quantities, "Jour rendu", List.of(new BilledDay(day.child(), invoice.value2(), day.day())));
        assertTrue(errors.isEmpty(), errors.toString());
        billed.remove(day);
        credits++;
    }

    /** What the standard evening rules bill: a kept booking not closed nor medically excused, and a late cancellation. */
    private static Set<Day> billable(Map<Day, State> bookings, Set<Day> absent, Set<LocalDate> closed) {
        var days = new HashSet<Day>();
        bookings.forEach((day, state) -> {
            boolean kept = state == State.BOOKED || state == State.BOOKED_LATE;
            if (kept ? !closed.contains(day.day()) && !absent.contains(day) : state == State.CANCELLED_LATE) days.add(day);
        });
        return days;
    }

    private static void absence(Db db, long household, Day day) {
        var at = OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        db.dsl().insertInto(MEDICAL_ABSENCE).set(MEDICAL_ABSENCE.HOUSEHOLD_ID, household).set(MEDICAL_ABSENCE.CHILD_ID, day.child())
                .set(MEDICAL_ABSENCE.FIRST_DAY, day.day()).set(MEDICAL_ABSENCE.LAST_DAY, day.day()).set(MEDICAL_ABSENCE.STATUS, AbsenceStatus.VALIDATED)
                .set(MEDICAL_ABSENCE.CERTIFICATE_NAME, "certificat.pdf").set(MEDICAL_ABSENCE.CERTIFICATE_TYPE, "application/pdf")
                .set(MEDICAL_ABSENCE.CERTIFICATE_SHA256, "0".repeat(64)).set(MEDICAL_ABSENCE.CERTIFICATE, new byte[]{1})
                .set(MEDICAL_ABSENCE.DECLARED_AT, at).set(MEDICAL_ABSENCE.DECIDED_AT, at).execute();
    }
}
