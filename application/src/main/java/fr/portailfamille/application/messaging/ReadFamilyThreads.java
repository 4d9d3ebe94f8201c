package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.messaging.MessageThread;

import java.util.List;

/** A family reads the list of its threads; the count of unread ones is the same list, counted, kept beside it. */
public final class ReadFamilyThreads {

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public ReadFamilyThreads(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    public List<MessageThread> familyThreads(Actor parent) {
        return steps.household(parent).map(ports.threads()::ofHousehold).orElse(List.of());
    }

    public long unreadForFamily(Actor parent) {
        return familyThreads(parent).stream().filter(MessageThread::unreadByFamily).count();
    }
}
