package fr.portailfamille.application.mail;

import java.time.Instant;

/** A mail in the outbox, with where its delivery stands. */
public record QueuedMail(long id, OutgoingMail mail, Status status, int attempts, Instant createdAt, Instant sentAt,
                         String deliveredVia, String lastError) {

    public enum Status { PENDING, SENDING, SENT, FAILED }
}
