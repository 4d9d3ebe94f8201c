package fr.portailfamille.application.messaging.port;

import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;

import java.util.List;
import java.util.Optional;

/** Out-port: conversations between households and town services, with their messages and attachments. */
public interface ThreadRepository {

    /** Stores a new thread; returns it with its id. */
    MessageThread create(MessageThread thread);

    /** Replaces the thread's state (unread flags, open, assignee, last message time). */
    void update(MessageThread thread);

    Optional<MessageThread> find(long threadId);

    /** Stores a message and, when it has an attachment, its bytes; returns it with its id. */
    Message add(Message message, byte[] attachmentContent);

    /** Oldest first. */
    List<Message> messages(long threadId);

    /** Most recent activity first. */
    List<MessageThread> ofHousehold(long householdId);

    /** A service's inbox, most recent activity first; only open threads when {@code openOnly}. */
    List<MessageThread> inbox(TownService service, boolean openOnly);

    Optional<Message> findMessage(long messageId);

    Optional<byte[]> attachment(long messageId);
}
