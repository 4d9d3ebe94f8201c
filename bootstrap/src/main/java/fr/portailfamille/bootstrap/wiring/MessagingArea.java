package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.messaging.Messaging;
import fr.portailfamille.application.messaging.ThreadRepository;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.persistence.messaging.JooqRecipients;
import fr.portailfamille.persistence.messaging.JooqThreadRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.messaging.MessagingPages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Messaging: the threads between families and the town, and the agents' messages to a school's or an activity's families. */
public final class MessagingArea {

    private final Clock clock;
    private final ThreadRepository threads;
    private final Messaging messaging;
    private final JooqRecipients recipients;
    private final HouseholdsArea households;
    private final BookingsArea bookings;

    MessagingArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications, BookingsArea bookings) {
        this.clock = base.clock();
        this.households = households;
        this.bookings = bookings;
        threads = new JooqThreadRepository(base.db());
        messaging = new Messaging(threads, households.ports().households(), notifications.center(), base.db(), base.clock());
        recipients = new JooqRecipients(base.db());
    }

    ThreadRepository threads() {
        return threads;
    }

    Messaging messaging() {
        return messaging;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new MessagingPages(messaging, recipients, () -> households.ports().catalogue().schools(), this::activitiesOfThisYear));
    }

    /** The activities an agent may write to the families of: this school year's, by name. */
    private Map<Long, String> activitiesOfThisYear() {
        return bookings.ports().activities().ofYear(SchoolYear.containing(LocalDate.now(clock.withZone(TownZone.ZONE)))).stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.name(), (a, b) -> a, TreeMap::new));
    }
}
