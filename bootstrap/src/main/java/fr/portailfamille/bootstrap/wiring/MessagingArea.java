package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.messaging.ChooseRecipients;
import fr.portailfamille.application.messaging.Messaging;
import fr.portailfamille.application.messaging.WriteToGroup;
import fr.portailfamille.application.messaging.port.ThreadRepository;
import fr.portailfamille.persistence.messaging.JooqRecipients;
import fr.portailfamille.persistence.messaging.JooqThreadRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.messaging.MessagingPages;

import java.util.List;

/** Messaging: the threads between families and the town, and the agents' messages to a school's or an activity's families. */
public final class MessagingArea {

    private final ThreadRepository threads;
    private final Messaging messaging;
    private final WriteToGroup writeToGroup;
    private final ChooseRecipients recipientChoices;

    MessagingArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications, BookingsArea bookings) {
        threads = new JooqThreadRepository(base.db());
        messaging = new Messaging(threads, households.ports().households(), notifications.center(), base.db(), base.clock());
        writeToGroup = new WriteToGroup(messaging, new JooqRecipients(base.db()));
        recipientChoices = new ChooseRecipients(households.ports().catalogue(), bookings.ports().activities(), base.clock());
    }

    ThreadRepository threads() {
        return threads;
    }

    Messaging messaging() {
        return messaging;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new MessagingPages(messaging, writeToGroup, recipientChoices::schools, recipientChoices::activities));
    }
}
