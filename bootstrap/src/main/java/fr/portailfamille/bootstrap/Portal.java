package fr.portailfamille.bootstrap;

import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.mail.MailTransport;
import fr.portailfamille.application.mail.ReadOutbox;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import fr.portailfamille.persistence.town.JooqTownRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.VisitorSource;
import fr.portailfamille.web.info.InfoPages;
import fr.portailfamille.web.mail.DevMailboxPages;
import io.helidon.webserver.WebServer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The portal wired by hand: adapters into ports, use cases into pages, plus the scheduled jobs. */
public final class Portal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Portal.class.getName());

    private final WebServer server;
    private final PortalWeb web;
    private final ScheduledExecutorService jobs;

    private Portal(WebServer server, PortalWeb web, ScheduledExecutorService jobs) {
        this.server = server;
        this.web = web;
        this.jobs = jobs;
    }

    /** Starts the web server on {@code port} (0 = any free port) over a migrated database. */
    public static Portal start(PortalConfig config, Db db, MailTransport mailTransport, int port) {
        Clock clock = Clock.systemUTC();
        var towns = new JooqTownRepository(db);
        var outbox = new JooqMailOutbox(db);
        var currentTown = new CurrentTown(towns);

        List<PortalWeb.Area> areas = new ArrayList<>();
        areas.add(new InfoPages());
        areas.add(new DevMailboxPages(new ReadOutbox(outbox)));
        var web = new PortalWeb(new PortalWeb.Settings(config.demo(), config.secureCookies()), currentTown,
                VisitorSource.NOBODY, db::isReachable, areas);

        var deliverMails = new DeliverMails(outbox, mailTransport, db, clock);
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("jobs").daemon().factory());
        jobs.scheduleWithFixedDelay(guarded("mail delivery", () -> deliverMails.deliverDue(50)), 1, 2, TimeUnit.SECONDS);

        var builder = WebServer.builder().port(port);
        web.setup(builder);
        return new Portal(builder.build().start(), web, jobs);
    }

    public int port() {
        return server.port();
    }

    public PortalWeb web() {
        return web;
    }

    @Override
    public void close() {
        jobs.shutdownNow();
        server.stop();
    }

    /** A failing round of a job is logged and the next round still runs. */
    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job «" + name + "» failed; it will run again", e);
            }
        };
    }
}
