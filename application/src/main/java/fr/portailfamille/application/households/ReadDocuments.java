package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.domain.households.TownDocument;

import java.util.List;

/**
 * «Documents dématérialisés»: what the family sent, what the town produced for it (tax certificates) and the town
 * documents addressed to every family or to it, downloadable by that household (and by staff) only.
 */
public final class ReadDocuments {

    /** @param published the town documents addressed to every family or to this household, newest first */
    public record Listing(List<SupportingDocument> sent, List<SupportingDocument> fromTown, List<TownDocument> published, List<DocumentType> types) {
        public String typeLabel(String code) {
            return types.stream().filter(t -> t.code().equals(code)).map(DocumentType::label).findFirst().orElse(code);
        }
    }

    public record Download(SupportingDocument document, byte[] content) {
    }

    public record TownDocumentDownload(TownDocument document, byte[] content) {
    }

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public ReadDocuments(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    public Listing list(Actor actor, long householdId) {
        access.household(actor, householdId);
        var all = ports.documents().ofHousehold(householdId);
        return new Listing(all.stream().filter(d -> !d.fromTown()).toList(), all.stream().filter(SupportingDocument::fromTown).toList(),
                ports.townDocuments().readableBy(householdId), ports.catalogue().documentTypes());
    }

    /** @throws Actor.NotAllowed for a document of another household, as for one that does not exist */
    public Download download(Actor actor, long householdId, long documentId) {
        access.household(actor, householdId);
        var document = ports.documents().find(documentId).filter(d -> d.householdId() == householdId).orElseThrow(Actor.NotAllowed::new);
        var content = ports.storage().read(documentId).orElseThrow(() -> new IllegalStateException("content of document " + documentId + " is missing"));
        return new Download(document, content);
    }

    /** @throws Actor.NotAllowed for a document addressed to another household, as for one withdrawn or that never existed */
    public TownDocumentDownload downloadTownDocument(Actor actor, long householdId, long documentId) {
        access.household(actor, householdId);
        var document = ports.townDocuments().find(documentId).filter(d -> d.isFor(householdId)).orElseThrow(Actor.NotAllowed::new);
        var content = ports.townDocuments().content(documentId)
                .orElseThrow(() -> new IllegalStateException("content of town document " + documentId + " is missing"));
        return new TownDocumentDownload(document, content);
    }
}
