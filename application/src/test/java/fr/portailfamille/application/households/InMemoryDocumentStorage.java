package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryDocumentStorage implements DocumentStorage {

    private final Map<Long, byte[]> contents = new HashMap<>();

    @Override
    public synchronized void store(long documentId, byte[] content) {
        if (contents.containsKey(documentId)) throw new IllegalStateException("content of document " + documentId + " already stored");
        contents.put(documentId, content.clone());
    }

    @Override
    public synchronized Optional<byte[]> read(long documentId) {
        return Optional.ofNullable(contents.get(documentId)).map(byte[]::clone);
    }

    public synchronized int count() {
        return contents.size();
    }
}
