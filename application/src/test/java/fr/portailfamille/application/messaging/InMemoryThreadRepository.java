package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryThreadRepository implements ThreadRepository {

    private static final Comparator<MessageThread> RECENT_FIRST =
            Comparator.comparing(MessageThread::lastMessageAt).thenComparingLong(MessageThread::id).reversed();

    private final Map<Long, MessageThread> threads = new HashMap<>();
    private final Map<Long, Message> messages = new HashMap<>();
    private final Map<Long, byte[]> attachments = new HashMap<>();
    private long lastThread;
    private long lastMessage;

    @Override
    public synchronized MessageThread create(MessageThread thread) {
        var stored = thread.withId(++lastThread);
        threads.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(MessageThread thread) {
        if (!threads.containsKey(thread.id())) throw new IllegalArgumentException("unknown thread " + thread.id());
        threads.put(thread.id(), thread);
    }

    @Override
    public synchronized Optional<MessageThread> find(long threadId) {
        return Optional.ofNullable(threads.get(threadId));
    }

    @Override
    public synchronized Message add(Message message, byte[] attachmentContent) {
        if (!threads.containsKey(message.threadId())) throw new IllegalArgumentException("unknown thread " + message.threadId());
        var stored = message.withId(++lastMessage);
        messages.put(stored.id(), stored);
        if (attachmentContent != null) attachments.put(stored.id(), attachmentContent.clone());
        return stored;
    }

    @Override
    public synchronized List<Message> messages(long threadId) {
        return messages.values().stream().filter(m -> m.threadId() == threadId).sorted(Comparator.comparingLong(Message::id)).toList();
    }

    @Override
    public synchronized List<MessageThread> ofHousehold(long householdId) {
        return threads.values().stream().filter(t -> t.householdId() == householdId).sorted(RECENT_FIRST).toList();
    }

    @Override
    public synchronized List<MessageThread> inbox(TownService service, boolean openOnly) {
        return threads.values().stream().filter(t -> t.service() == service && (t.open() || !openOnly)).sorted(RECENT_FIRST).toList();
    }

    @Override
    public synchronized Optional<Message> findMessage(long messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    @Override
    public synchronized Optional<byte[]> attachment(long messageId) {
        return Optional.ofNullable(attachments.get(messageId)).map(byte[]::clone);
    }
}
