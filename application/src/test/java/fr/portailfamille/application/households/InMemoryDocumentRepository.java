package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.DocumentStatus;
import fr.portailfamille.domain.households.SupportingDocument;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryDocumentRepository implements DocumentRepository {

    private final Map<Long, SupportingDocument> documents = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized SupportingDocument add(SupportingDocument document) {
        var stored = document.withId(nextId++);
        documents.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(SupportingDocument document) {
        if (!documents.containsKey(document.id())) throw new IllegalArgumentException("no document " + document.id());
        documents.put(document.id(), document);
    }

    @Override
    public synchronized Optional<SupportingDocument> find(long id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public synchronized List<SupportingDocument> ofHousehold(long householdId) {
        return documents.values().stream().filter(d -> d.householdId() == householdId)
                .sorted(Comparator.comparingLong(SupportingDocument::id).reversed()).toList();
    }

    @Override
    public synchronized List<SupportingDocument> pending(int limit) {
        return documents.values().stream().filter(d -> d.status() == DocumentStatus.PENDING && !d.fromTown()).limit(limit).toList();
    }
}
