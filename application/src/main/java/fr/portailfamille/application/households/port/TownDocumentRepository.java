package fr.portailfamille.application.households.port;

import fr.portailfamille.domain.households.TownDocument;

import java.util.List;
import java.util.Optional;

/** Out-port: the documents the town publishes, each stored once with its file whatever its audience. */
public interface TownDocumentRepository {

    /** Stores the document and its bytes; returns it with its id. */
    TownDocument publish(TownDocument document, byte[] content);

    Optional<TownDocument> find(long id);

    Optional<byte[]> content(long id);

    /** What a household may read: the documents addressed to every family and those addressed to it, newest first. */
    List<TownDocument> readableBy(long householdId);

    /** Every published document, newest first, for staff. */
    List<TownDocument> all();

    /** Removes the document and its file. @return false when there was none */
    boolean withdraw(long id);
}
