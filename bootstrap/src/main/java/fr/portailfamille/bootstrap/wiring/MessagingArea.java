package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.messaging.ChooseRecipients;
import fr.portailfamille.application.messaging.HandleThread;
import fr.portailfamille.application.messaging.MessagingPorts;
import fr.portailfamille.application.messaging.OpenConversation;
import fr.portailfamille.application.messaging.ReadFamilyThreads;
import fr.portailfamille.application.messaging.ReadInbox;
import fr.portailfamille.application.messaging.ReplyInThread;
import fr.portailfamille.application.messaging.SendGroupMessage;
import fr.portailfamille.application.messaging.WriteToHousehold;
import fr.portailfamille.application.messaging.WriteToTown;
import fr.portailfamille.application.messaging.port.ThreadRepository;
import fr.portailfamille.persistence.messaging.JooqRecipients;
import fr.portailfamille.persistence.messaging.JooqThreadRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.messaging.MessagingPages;

import java.util.List;

/** Messaging: the threads between families and the town, and the agents' messages to a school's or an activity's families. */
public final class MessagingArea {

    private final ThreadRepository threads;
    private final MessagingPorts ports;
    private final ReadFamilyThreads familyThreads;
    private final SendGroupMessage toGroup;
    private final ChooseRecipients recipientChoices;

    MessagingArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications, BookingsArea bookings) {
        threads = new JooqThreadRepository(base.db());
        ports = new MessagingPorts(threads, households.ports().households(), notifications.center(), base.db(), base.clock());
        familyThreads = new ReadFamilyThreads(ports);
        toGroup = new SendGroupMessage(ports, new JooqRecipients(base.db()));
        recipientChoices = new ChooseRecipients(households.ports().catalogue(), bookings.ports().activities(), base.clock());
    }

    ThreadRepository threads() {
        return threads;
    }

    /** The family's threads, for their page and the dashboard. */
    ReadFamilyThreads familyThreads() {
        return familyThreads;
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new MessagingPages(new MessagingPages.UseCases(familyThreads, new WriteToTown(ports), new OpenConversation(ports),
                new ReplyInThread(ports), new ReadInbox(ports), new HandleThread(ports), new WriteToHousehold(ports), toGroup),
                recipientChoices::schools, recipientChoices::activities));
    }
}
