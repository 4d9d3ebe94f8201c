package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.TownDocument;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryTownDocumentRepository implements TownDocumentRepository {

    private final Map<Long, TownDocument> documents = new LinkedHashMap<>();
    private final Map<Long, byte[]> contents = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized TownDocument publish(TownDocument document, byte[] content) {
        var stored = document.withId(nextId++);
        documents.put(stored.id(), stored);
        contents.put(stored.id(), content.clone());
        return stored;
    }

    @Override
    public synchronized Optional<TownDocument> find(long id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public synchronized Optional<byte[]> content(long id) {
        return Optional.ofNullable(contents.get(id)).map(byte[]::clone);
    }

    @Override
    public synchronized List<TownDocument> readableBy(long householdId) {
        return all().stream().filter(d -> d.isFor(householdId)).toList();
    }

    @Override
    public synchronized List<TownDocument> all() {
        return documents.values().stream().sorted(Comparator.comparing(TownDocument::publishedAt).thenComparing(TownDocument::id).reversed()).toList();
    }

    @Override
    public synchronized boolean withdraw(long id) {
        contents.remove(id);
        return documents.remove(id) != null;
    }
}
