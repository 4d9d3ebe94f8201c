package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;

import java.util.HashMap;
import java.util.List;

/** Agents read their service's inbox. */
public final class ReadInbox {

    /** A thread of a service's inbox and the family it is with. */
    public record InboxLine(MessageThread thread, String householdName) {
    }

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public ReadInbox(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    /** A service's threads, each with its family's name (one read per family). */
    public List<InboxLine> inbox(Actor agent, TownService service, boolean openOnly) {
        agent.requireStaff();
        var names = new HashMap<Long, String>();
        return ports.threads().inbox(service, openOnly).stream()
                .map(t -> new InboxLine(t, names.computeIfAbsent(t.householdId(), steps::familyName))).toList();
    }
}
