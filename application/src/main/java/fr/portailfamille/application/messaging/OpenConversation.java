package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;

import java.util.List;

/**
 * A family or an agent opens a thread and downloads its attachments: both read what the conversation shows, under
 * the same rule (the thread's household or staff, 404 otherwise).
 */
public final class OpenConversation {

    /** @param householdName «Famille DUPONT»: who the agent answers */
    public record Conversation(MessageThread thread, List<Message> messages, String householdName) {
    }

    public record Attachment(Message message, byte[] content) {
    }

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public OpenConversation(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    /** Opens a thread the actor may see, marking its messages read for the actor's side. */
    public Conversation open(Actor actor, long threadId) {
        return ports.transactions().inTransaction(() -> {
            var thread = steps.visible(actor, threadId);
            var read = thread.readBy(actor.role().isStaff());
            if (!read.equals(thread)) ports.threads().update(read);
            return new Conversation(read, ports.threads().messages(threadId), steps.familyName(read.householdId()));
        });
    }

    /** An attachment, for the thread's household or staff only. */
    public Attachment attachment(Actor actor, long messageId) {
        var message = ports.threads().findMessage(messageId).filter(m -> m.attachment() != null).orElseThrow(Actor.NotAllowed::new);
        steps.visible(actor, message.threadId());
        return new Attachment(message, ports.threads().attachment(messageId).orElseThrow(Actor.NotAllowed::new));
    }
}
