package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.domain.messaging.Message;

/** A reply in an existing thread, by the family or by an agent; the family hears of the town's reply. */
public final class ReplyInThread {

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public ReplyInThread(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    public MessageOutcome reply(Actor actor, long threadId, String text, Upload upload) {
        var thread = steps.visible(actor, threadId);
        var errors = new FieldErrors();
        Message.problems(text).forEach(p -> errors.add("text", p));
        var file = ThreadSteps.check(upload, errors);
        if (!errors.isEmpty()) return new MessageOutcome.Invalid(errors);
        boolean fromTown = actor.role().isStaff();
        return ports.transactions().inTransaction(() -> {
            steps.store(threadId, actor, fromTown, text, file);
            var updated = thread.afterMessage(fromTown, ports.clock().instant()).readBy(fromTown);
            ports.threads().update(updated);
            if (fromTown) steps.tellFamily(updated);
            return new MessageOutcome.Sent(updated);
        });
    }
}
