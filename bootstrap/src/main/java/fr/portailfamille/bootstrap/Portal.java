package fr.portailfamille.bootstrap;

import fr.portailfamille.apiparticulier.ApiParticulierSimulator;
import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.bookings.BookingsPorts;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.bootstrap.wiring.AccountsArea;
import fr.portailfamille.bootstrap.wiring.BillingArea;
import fr.portailfamille.bootstrap.wiring.BookingsArea;
import fr.portailfamille.bootstrap.wiring.HouseholdsArea;
import fr.portailfamille.bootstrap.wiring.NotificationsArea;
import fr.portailfamille.bootstrap.wiring.PortalAreas;
import fr.portailfamille.bootstrap.wiring.PortalBase;
import fr.portailfamille.franceconnect.FranceConnectSimulator;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.town.JooqTownRepository;
import fr.portailfamille.web.PortalWeb;
import io.helidon.webserver.WebServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * The running portal: its areas wired by {@link PortalAreas}, the scheduled jobs and the web server. The static
 * methods give the demo seed, the bench and the tests the ports of an area over a database.
 */
public final class Portal implements AutoCloseable {

    private final WebServer server;
    private final PortalAreas areas;
    private final ScheduledExecutorService jobs;
    private final Db db;

    private Portal(WebServer server, PortalAreas areas, ScheduledExecutorService jobs, Db db) {
        this.server = server;
        this.areas = areas;
        this.jobs = jobs;
        this.db = db;
    }

    /** Starts the web server on {@code port} (0 = any free port) over a migrated database. */
    public static Portal start(PortalConfig config, Db db, MailTransport mailTransport, int port, Clock clock) {
        return start(config, db, mailTransport, port, CompletableFuture.completedFuture(null), clock);
    }

    /**
     * Wires the portal while the database is being migrated ({@code migrated}, run by the caller), then waits for the
     * migrations before the jobs start and the server listens: nothing reads the database before.
     *
     * @param clock the one source of «now» of the whole portal, pages, use cases, jobs and the times written to the
     *              database alike (bootstrap's {@link Main} gives the system's; tests give one they control)
     */
    public static Portal start(PortalConfig config, Db db, MailTransport mailTransport, int port, Future<?> migrated, Clock clock) {
        // a portal on «any free port» (the tests) takes one now: its public address is then known before anything is built
        int listening = port == 0 ? freePort() : port;
        String publicBaseUrl = port == 0 ? "http://localhost:" + listening : config.publicBaseUrl();
        var areas = new PortalAreas(new PortalBase(config, db, clock, publicBaseUrl));
        awaitMigrations(migrated);
        // calendars, activities, CGU… kept in memory from now on, forgotten whenever any process changes them
        db.reference().listen();
        var jobs = areas.jobs(mailTransport).start();
        var builder = WebServer.builder().port(listening);
        areas.web().setup(builder);
        return new Portal(builder.build().start(), areas, jobs, db);
    }

    private static void awaitMigrations(Future<?> migrated) {
        try {
            migrated.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database was migrated", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the database migrations failed", e.getCause());
        }
    }

    /**
     * A port free on this machine now. Closed at once and bound again by the server a moment later: another process
     * could take it in between, which the server's start would then report (a listening socket closed before any
     * connection leaves no TIME_WAIT behind).
     */
    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the portal", e);
        }
    }

    /** The account ports over the database, shared by the use cases (and the demo seed). */
    public static AccountsPorts accountsPorts(Db db, Clock clock) {
        return AccountsArea.ports(db, clock, new JooqTownRepository(db, clock));
    }

    /** The one {@link fr.portailfamille.application.messaging.Notifier} every module raises notifications through. */
    public static NotificationCenter notificationCenter(Db db, AccountsPorts ports) {
        return NotificationsArea.center(db, ports);
    }

    /** The dossier ports over the database (the accounts are the accounts area's). */
    static HouseholdsPorts householdsPorts(Db db, AccountsPorts accounts, Clock clock) {
        return HouseholdsArea.ports(db, accounts, clock);
    }

    /** The booking ports over the database; families and their dossiers are the dossier area's, notifications the one centre's. */
    static BookingsPorts bookingsPorts(Db db, HouseholdsPorts households, Notifier notifier, Clock clock) {
        return BookingsArea.ports(db, households, notifier, clock);
    }

    /** The billing ports over the database; {@code usage} is the seam with bookings (the demo seed passes a fixed month). */
    public static BillingPorts billingPorts(Db db, AccountsPorts accounts, Notifier notifier, PaymentGateway gateway, BillableUsage usage,
                                            Supplier<String> publicBaseUrl) {
        return BillingArea.ports(db, accounts, new JooqHouseholdRepository(db), notifier, gateway, usage, publicBaseUrl);
    }

    public int port() {
        return server.port();
    }

    /** The operators' socket (health details, metrics), on 127.0.0.1 unless MANAGEMENT_HOST says otherwise. */
    public int managementPort() {
        return server.port(PortalWeb.Management.SOCKET);
    }

    public PortalWeb web() {
        return areas.web();
    }

    /** The API Particulier simulator of a demo (tests make it fail), if this portal runs one. */
    public Optional<ApiParticulierSimulator> apiParticulierSimulator() {
        return areas.apiParticulierSimulator();
    }

    /** The FranceConnect simulator of a demo (tests make it lie or fail), if this portal runs one. */
    public Optional<FranceConnectSimulator> franceConnectSimulator() {
        return areas.franceConnectSimulator();
    }

    @Override
    public void close() {
        jobs.shutdownNow();
        server.stop();
        db.reference().close();
        areas.stop();
    }
}
