package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;

/**
 * An agent takes a thread (it is theirs to answer) or closes it (it leaves the open inbox). Kept together: two
 * one-line moves of the same thread through the service's inbox, under the same rule (staff only).
 */
public final class HandleThread {

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public HandleThread(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    public void take(Actor agent, long threadId) {
        agent.requireStaff();
        ports.transactions().run(() -> ports.threads().update(steps.visible(agent, threadId).assignedTo(agent.accountId())));
    }

    public void close(Actor agent, long threadId) {
        agent.requireStaff();
        ports.transactions().run(() -> ports.threads().update(steps.visible(agent, threadId).closed()));
    }
}
