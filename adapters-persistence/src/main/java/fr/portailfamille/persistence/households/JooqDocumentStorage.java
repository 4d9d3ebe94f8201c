package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DocumentStorage;
import fr.portailfamille.persistence.Db;

import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.DOCUMENT_CONTENT;

/** Bytes in a BYTEA column: simple, transactional with the metadata, backed up with the database. */
public final class JooqDocumentStorage implements DocumentStorage {

    private final Db db;

    public JooqDocumentStorage(Db db) {
        this.db = db;
    }

    @Override
    public void store(long documentId, byte[] content) {
        // a plain INSERT: the primary key refuses a second content for the same document
        db.dsl().insertInto(DOCUMENT_CONTENT).set(DOCUMENT_CONTENT.DOCUMENT_ID, documentId).set(DOCUMENT_CONTENT.CONTENT, content).execute();
    }

    @Override
    public Optional<byte[]> read(long documentId) {
        return db.dsl().select(DOCUMENT_CONTENT.CONTENT).from(DOCUMENT_CONTENT).where(DOCUMENT_CONTENT.DOCUMENT_ID.eq(documentId))
                .fetchOptional(DOCUMENT_CONTENT.CONTENT);
    }
}
