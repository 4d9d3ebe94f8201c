package fr.portailfamille.application.households.port;

import fr.portailfamille.domain.households.SupportingDocument;

import java.util.List;
import java.util.Optional;

/** Out-port: what is known of each household's documents (the bytes are in {@link DocumentStorage}). */
public interface DocumentRepository {

    SupportingDocument add(SupportingDocument document);

    /** Records a review (status, reason, reviewer). */
    void update(SupportingDocument document);

    Optional<SupportingDocument> find(long id);

    /** The household's documents, most recent first. */
    List<SupportingDocument> ofHousehold(long householdId);

    /** Justificatifs waiting for an agent, oldest first. */
    List<SupportingDocument> pending(int limit);
}
