package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.messaging.NewsDesk;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.messaging.JooqMailPreferencesRepository;
import fr.portailfamille.persistence.messaging.JooqNewsRepository;
import fr.portailfamille.persistence.messaging.JooqNotificationRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.messaging.NewsPages;
import fr.portailfamille.web.messaging.NotificationPages;

import java.util.List;

/** The one notification centre every area raises notifications through, and the town's news. */
public final class NotificationsArea {

    private final NotificationCenter center;
    private final NewsDesk news;

    NotificationsArea(PortalBase base, AccountsArea accounts) {
        center = center(base.db(), accounts.ports());
        news = new NewsDesk(new JooqNewsRepository(base.db()), base.db(), base.clock());
    }

    /** The notification centre over the database (the demo seed and the tests build their own with it). */
    public static NotificationCenter center(Db db, AccountsPorts ports) {
        return new NotificationCenter(new JooqNotificationRepository(db), new JooqMailPreferencesRepository(db), ports.accounts(),
                ports.outbox(), ports.composer(), ports.town(), db, ports.clock());
    }

    NotificationCenter center() {
        return center;
    }

    NewsDesk news() {
        return news;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new NotificationPages(center));
        pages.add(new NewsPages(news));
    }
}
