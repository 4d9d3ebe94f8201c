package fr.portailfamille.domain.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversation between one household and one town service. Each side has its own «unread» flag: a message from
 * the town is unread for the family until a parent opens the thread, and the other way round.
 */
public record MessageThread(long id, long householdId, TownService service, String subject, boolean open, Long assignedTo,
                            Instant createdAt, Instant lastMessageAt, boolean unreadByFamily, boolean unreadByTown) {

    public static final int SUBJECT_MAX = 150;
    public static final int TEXT_MAX = 10_000;

    public MessageThread {
        Objects.requireNonNull(service, "service");
        if (Objects.requireNonNull(subject, "subject").isBlank()) throw new IllegalArgumentException("subject is blank");
    }

    /** A family's first message opens a thread the town has not read yet. */
    public static MessageThread startedByFamily(long householdId, TownService service, String subject, Instant now) {
        return new MessageThread(0, householdId, service, subject.strip(), true, null, now, now, false, true);
    }

    /** A thread the town starts (a message to one household, or one of a group message). */
    public static MessageThread startedByTown(long householdId, TownService service, String subject, Instant now) {
        return new MessageThread(0, householdId, service, subject.strip(), true, null, now, now, true, false);
    }

    public MessageThread withId(long newId) {
        return new MessageThread(newId, householdId, service, subject, open, assignedTo, createdAt, lastMessageAt, unreadByFamily, unreadByTown);
    }

    /** A new message: unread on the other side; a family writing again reopens a closed thread. */
    public MessageThread afterMessage(boolean fromTown, Instant at) {
        boolean familyUnread = fromTown || unreadByFamily;
        boolean townUnread = !fromTown || unreadByTown;
        boolean stillOpen = open || !fromTown;
        return new MessageThread(id, householdId, service, subject, stillOpen, assignedTo, createdAt, at, familyUnread, townUnread);
    }

    /** One side opened the thread: its messages are read. */
    public MessageThread readBy(boolean town) {
        return new MessageThread(id, householdId, service, subject, open, assignedTo, createdAt, lastMessageAt,
                town && unreadByFamily, !town && unreadByTown);
    }

    public MessageThread closed() {
        return new MessageThread(id, householdId, service, subject, false, assignedTo, createdAt, lastMessageAt, unreadByFamily, unreadByTown);
    }

    public MessageThread assignedTo(Long agentAccountId) {
        return new MessageThread(id, householdId, service, subject, open, agentAccountId, createdAt, lastMessageAt, unreadByFamily, unreadByTown);
    }

    /** French messages for a new thread's form (subject and text); empty when it can be sent. */
    public static List<String> problems(String subject, String text) {
        var problems = new ArrayList<String>();
        if (subject == null || subject.isBlank()) problems.add("L'objet du message est obligatoire.");
        else if (subject.length() > SUBJECT_MAX) problems.add("L'objet ne doit pas dépasser " + SUBJECT_MAX + " caractères.");
        problems.addAll(Message.problems(text));
        return problems;
    }
}
