package fr.portailfamille.application.households.port;

import java.util.Optional;

/** Out-port: the bytes of documents, by document id (PostgreSQL by default; an object store would do). */
public interface DocumentStorage {

    /** Keeps the content; a document's content is written once. */
    void store(long documentId, byte[] content);

    Optional<byte[]> read(long documentId);
}
