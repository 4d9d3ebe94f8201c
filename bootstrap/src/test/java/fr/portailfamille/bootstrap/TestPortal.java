package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.EmailAddress;
import java.time.Clock;
import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

import fr.portailfamille.application.common.MutableClock;

import java.net.URI;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real portal for end-to-end tests: the test database emptied, the demo town seeded, the web server on a free
 * port with the development mailbox, all on one {@link #clock()} the test chooses. Close it after the test.
 */
public record TestPortal(Portal portal, Db db, PortalConfig config, Clock clock, LocalDate seededOn) implements AutoCloseable {

    /** The demo's published sign-ins (DemoData), named once for every web test. */
    public static final String DUPONT = "marie.dupont@exemple.fr";
    public static final String DUPONT_PASSWORD = "Demo-Famille-Dupont-2026";
    public static final String NGUYEN = "lan.nguyen@exemple.fr";
    public static final String NGUYEN_PASSWORD = "Demo-Famille-Nguyen-2026";
    public static final String AGENT = "paul.roussel@beaulieu-sur-orge.example";
    public static final String AGENT_PASSWORD = "Demo-Agent-Beaulieu-2026";

    /** A client signed in on this portal. */
    public fr.portailfamille.bootstrap.web.WebClient signedIn(String identifier, String password) {
        return fr.portailfamille.bootstrap.web.WebClient.signedIn(portal.port(), identifier, password);
    }

    /** Failed sign-ins of one test must not throttle the next one's on the same portal. */
    public void forgetFailedSignIns() {
        db.dsl().deleteFrom(fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE).execute();
    }

    /**
     * The demo at the machine's date (the date CI shifts with faketime to prove the portal works on any day): a
     * clock running from the machine's «now», that a test may still move by hand.
     */
    public static TestPortal start(Path dataDir) {
        return start(dataDir, runningClock());
    }

    /** The demo seeded around {@code clock}'s today, the portal living at its time (e.g. a {@link MutableClock} in June 2027). */
    public static TestPortal start(Path dataDir, Clock clock) {
        return start(dataDir, clock, PortalConfig.Settings.NONE);
    }

    /** The demo with these settings besides the defaults (TRUSTED_PROXIES…). */
    public static TestPortal start(Path dataDir, Clock clock, PortalConfig.Settings settings) {
        var config = new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true, PortalConfig.DEFAULT_POOL_SIZE,
                4 * PortalConfig.DEFAULT_POOL_SIZE, settings);
        Db db = TestDatabase.fresh();
        var seededOn = LocalDate.now(clock.withZone(TownZone.ZONE));
        DemoData.seedIfEmpty(db, config, clock);
        return new TestPortal(Portal.start(config, db, new DevelopmentMailbox(), 0, clock), db, config, clock, seededOn);
    }

    /**
     * For the tests that wire a portal themselves: a clock running at real pace from the machine's «now». The one place
     * tests read the machine's time; everything else asks the portal's clock.
     */
    public static MutableClock runningClock() {
        return MutableClock.ticking(Clock.systemUTC().instant());
    }

    /** The daily data-retention job as the portal wires it, run now (at the portal's clock) instead of at night. */
    public fr.portailfamille.application.privacy.DataRetention.Plan runRetentionJob() {
        var accounts = Portal.accountsPorts(db, clock);
        return new fr.portailfamille.application.privacy.DataRetention(Portal.householdsPorts(db, accounts, clock),
                new fr.portailfamille.persistence.privacy.JooqRetentionStore(db), new fr.portailfamille.persistence.privacy.JooqPrivacySettings(db),
                new fr.portailfamille.persistence.privacy.JooqAuditTrail(db)).purgeDue();
    }

    /** Today in the town (Europe/Paris), at the portal's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TownZone.ZONE));
    }

    /** The school year in progress at the portal's clock, «2026-2027». */
    public String schoolYear() {
        return SchoolYear.containing(today()).label();
    }

    /**
     * The first day of classes at least three days after the demo was seeded, where its bookings start: usually three
     * days ahead; in the summer, in September (the demo's bookings are then in the next school year).
     */
    public LocalDate classesFrom() {
        return DemoBookings.firstClassesDay(seededOn.plusDays(3));
    }

    /** The school year of the demo's bookings (the one of {@link #classesFrom()}). */
    public SchoolYear bookingYear() {
        return SchoolYear.containing(classesFrom());
    }

    /** The demo activity of that name in the school year of its bookings. */
    public long activity(String name) {
        return activity(name, bookingYear());
    }

    /** The demo activity of that name in {@code year} (in the summer, the demo has two of each). */
    public long activity(String name, SchoolYear year) {
        return db.dsl().select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.NAME.eq(name), ACTIVITY.START_YEAR.eq(year.startYear()))
                .fetchSingle().value1();
    }

    /** The month of the demo's invoices (the last month of classes before the day the demo was seeded). */
    public YearMonth demoInvoiceMonth() {
        return DemoUsage.month(seededOn);
    }

    /** The demo's {@code n}-th invoice of that month, «PERI2610-000001» (the Duponts' is the first, the Nguyens' the second). */
    public String demoInvoice(int n) {
        return "PERI" + demoInvoiceMonth().format(DateTimeFormatter.ofPattern("yyMM")) + "-%06d".formatted(n);
    }

    /** The day the demo's invoices are dated, «02/11/2026». */
    public String demoInvoiceIssuedOn() {
        return DemoBilling.issuedOn(seededOn).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The demo account with this e-mail, as the use cases see it. */
    public Actor actor(String email) {
        return Actor.of(Portal.accountsPorts(db, clock).accounts().findByEmail(EmailAddress.parse(email).orElseThrow()).orElseThrow());
    }

    /** The demo's agent Paul Roussel. */
    public Actor agent() {
        return actor("paul.roussel@beaulieu-sur-orge.example");
    }

    /** The bookings ports over the test database, wired as the portal wires them. */
    public fr.portailfamille.application.bookings.BookingsPorts bookingsPorts() {
        var ports = Portal.accountsPorts(db, clock);
        return Portal.bookingsPorts(db, Portal.householdsPorts(db, ports, ports.clock()), Portal.notificationCenter(db, ports), ports.clock());
    }

    /** The ports the invoicing run use cases work on, reading what families used through {@code usage}, paying with no gateway. */
    public fr.portailfamille.application.billing.BillingPorts billingPorts(fr.portailfamille.application.billing.port.BillableUsage usage) {
        return billingPorts(usage, clock);
    }

    /**
     * The ports of the invoicing runs as the agent works them once {@code month} is over: on the 1st of the month after, or now if
     * that is already past. The demo's bookings may lie in a month still ahead (in July, they are in September), and a
     * month not begun cannot be invoiced.
     */
    public fr.portailfamille.application.billing.BillingPorts billingPortsAfter(fr.portailfamille.application.billing.port.BillableUsage usage,
                                                                              java.time.YearMonth month) {
        var paris = TownZone.ZONE;
        var after = month.plusMonths(1).atDay(1).atTime(8, 0).atZone(paris).toInstant();
        var now = clock.instant();
        return billingPorts(usage, Clock.fixed(after.isAfter(now) ? after : now, paris));
    }

    private fr.portailfamille.application.billing.BillingPorts billingPorts(fr.portailfamille.application.billing.port.BillableUsage usage, Clock clock) {
        var ports = Portal.accountsPorts(db, clock);
        return Portal.billingPorts(db, ports, Portal.notificationCenter(db, ports), null, usage, () -> "http://localhost");
    }

    /**
     * Invoices the month of the demo's first booked lunch as an agent would (start, compute, finalise on the 1st of the
     * month after): that month.
     */
    public YearMonth invoiceFirstLunchMonth() {
        var first = db.dsl().select(org.jooq.impl.DSL.min(fr.portailfamille.persistence.schema.Tables.BOOKING.DAY))
                .from(fr.portailfamille.persistence.schema.Tables.BOOKING).join(ACTIVITY).on(ACTIVITY.ID.eq(fr.portailfamille.persistence.schema.Tables.BOOKING.ACTIVITY_ID))
                .where(ACTIVITY.PRICE_CATEGORY.eq("REPAS").and(fr.portailfamille.persistence.schema.Tables.BOOKING.STATUS
                        .eq(fr.portailfamille.persistence.schema.enums.BookingStatus.BOOKED)))
                .fetchOne(0, LocalDate.class);
        var month = YearMonth.from(first);
        var runPorts = billingPortsAfter(new fr.portailfamille.persistence.billing.JooqBillableUsage(db), month);
        long run = new fr.portailfamille.application.billing.OpenInvoicingRun(runPorts).start(agent(), periOffice(), month).id();
        if (!(new fr.portailfamille.application.billing.ComputeInvoicingRun(runPorts).compute(agent(), run) instanceof fr.portailfamille.application.billing.ComputeInvoicingRun.Computed.Done)
                || !(new fr.portailfamille.application.billing.FinaliseInvoicingRun(runPorts).finalise(agent(), run, month.plusMonths(1).atDay(1)) instanceof fr.portailfamille.application.billing.FinaliseInvoicingRun.Finalisation.Finalised)) {
            throw new AssertionError("the run of " + month + " did not finalise");
        }
        return month;
    }

    /** The demo's «Régie Périscolaire» (prefix PERI). */
    public long periOffice() {
        return db.dsl().select(CASH_OFFICE.ID).from(CASH_OFFICE).where(CASH_OFFICE.INVOICE_PREFIX.eq("PERI")).fetchSingle().value1();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + portal.port() + path);
    }

    @Override
    public void close() {
        portal.close();
    }
}
