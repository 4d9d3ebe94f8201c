package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.PurgeExpiredAccounts;
import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.apiparticulier.ApiParticulierSimulator;
import fr.portailfamille.franceconnect.FranceConnectSimulator;
import fr.portailfamille.persistence.privacy.JooqAuditTrail;
import fr.portailfamille.web.AdmissionLimit;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.accounts.SessionCookie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: each area built once, in the order their needs give — accounts (with the outbox and the town
 * every area shares), notifications, households, billing, bookings (its forms list billing's régies), messaging,
 * démarches, privacy (its export reads them all), town, home — then their pages, in the order of the route table.
 * An area receives the areas it needs, never a reference filled in later.
 */
public final class PortalAreas {

    private final PortalBase base;
    private final AccountsArea accounts;
    private final BillingArea billing;
    private final PrivacyArea privacy;
    private final TownArea town;
    private final PortalWeb web;

    public PortalAreas(PortalBase base) {
        this.base = base;
        accounts = new AccountsArea(base);
        // bookings, enrolment decisions, billing and privacy record who did what, when and from where
        var trail = new JooqAuditTrail(base.db());
        var notifications = new NotificationsArea(base, accounts);
        var households = new HouseholdsArea(base, accounts, notifications);
        billing = new BillingArea(base, accounts, households, notifications, trail);
        var bookings = new BookingsArea(base, households, notifications, billing, trail);
        var messaging = new MessagingArea(base, households, notifications, bookings);
        var demarches = new DemarchesArea(base, households, notifications);
        privacy = new PrivacyArea(base, accounts, households, bookings, billing, messaging, demarches, trail);
        town = new TownArea(base, accounts, households);
        var home = new HomeArea(base, households, notifications, demarches, messaging, billing, bookings);

        var config = base.config();
        var cookie = new SessionCookie(accounts.sessions(), config.secureCookies(), notifications.center()::unreadCount);
        List<PortalWeb.Area> pages = new ArrayList<>();
        accounts.addPages(pages, cookie);
        notifications.addPages(pages);
        households.addPages(pages, billing.invoicesAsDocuments());
        demarches.addPages(pages);
        messaging.addPages(pages);
        bookings.addPages(pages, accounts);
        home.addPages(pages);
        privacy.addPages(pages);
        billing.addPages(pages);
        town.addPages(pages);
        web = new PortalWeb(new PortalWeb.Settings(config.demo(), config.secureCookies(), AdmissionLimit.of(config.maxConcurrentRequests()),
                config.trustedProxies(), new PortalWeb.Management(config.managementHost(), config.managementPort()),
                accounts.franceConnect().origin()), accounts.ports().town(), cookie, base.db()::isReachable, pages);
    }

    public PortalWeb web() {
        return web;
    }

    /** The scheduled jobs over these areas' use cases; {@code transport} carries the mails the outbox holds. */
    public PortalJobs jobs(MailTransport transport) {
        var ports = accounts.ports();
        var deliverMails = new DeliverMails(ports.outbox(), transport, base.db(), base.clock(), billing.invoiceDocuments());
        return new PortalJobs(base, town.jobRuns(), deliverMails, new PurgeExpiredAccounts(ports), ports.sessions(), privacy.retention(),
                billing.payOnline(), billing.ledger(), billing.reminderRound());
    }

    public Optional<FranceConnectSimulator> franceConnectSimulator() {
        return accounts.franceConnect().simulator();
    }

    public Optional<ApiParticulierSimulator> apiParticulierSimulator() {
        return billing.quotients().simulator();
    }

    /** Stops the simulators a demo runs. */
    public void stop() {
        billing.stop();
        accounts.franceConnect().stop();
    }
}
