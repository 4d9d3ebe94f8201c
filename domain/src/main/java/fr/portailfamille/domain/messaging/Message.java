package fr.portailfamille.domain.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One message of a thread, written by a parent or by an agent, with at most one attachment. */
public record Message(long id, long threadId, long authorAccountId, boolean fromTown, String text, Instant sentAt, Attachment attachment) {

    /** A file sent with a message (same rules as justificatifs: PDF, JPEG or PNG, ≤ 10 MB). */
    public record Attachment(String name, String mediaType, int size) {
    }

    public Message {
        Objects.requireNonNull(sentAt, "sentAt");
        if (Objects.requireNonNull(text, "text").isBlank()) throw new IllegalArgumentException("text is blank");
    }

    public Message withId(long newId) {
        return new Message(newId, threadId, authorAccountId, fromTown, text, sentAt, attachment);
    }

    public Message inThread(long id) {
        return new Message(this.id, id, authorAccountId, fromTown, text, sentAt, attachment);
    }

    public static List<String> problems(String text) {
        if (text == null || text.isBlank()) return List.of("Le texte du message est obligatoire.");
        if (text.length() > MessageThread.TEXT_MAX) return List.of("Le message ne doit pas dépasser " + MessageThread.TEXT_MAX + " caractères.");
        return List.of();
    }
}
