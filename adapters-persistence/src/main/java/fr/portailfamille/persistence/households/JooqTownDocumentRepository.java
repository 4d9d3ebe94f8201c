package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.TownDocumentRepository;
import fr.portailfamille.domain.households.TownDocument;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.TownDocumentRecord;

import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.households.Times.instant;
import static fr.portailfamille.persistence.households.Times.utc;
import static fr.portailfamille.persistence.schema.Tables.TOWN_DOCUMENT;
import static fr.portailfamille.persistence.schema.Tables.TOWN_DOCUMENT_CONTENT;

/** One row and one BYTEA per document; a document to one household goes with it (ON DELETE CASCADE, and anonymisation). */
public final class JooqTownDocumentRepository implements TownDocumentRepository {

    private final Db db;

    public JooqTownDocumentRepository(Db db) {
        this.db = db;
    }

    @Override
    public TownDocument publish(TownDocument d, byte[] content) {
        return db.inTransaction(() -> {
            long id = db.dsl().insertInto(TOWN_DOCUMENT).set(TOWN_DOCUMENT.TITLE, d.title()).set(TOWN_DOCUMENT.FILE_NAME, d.fileName())
                    .set(TOWN_DOCUMENT.SIZE, d.size()).set(TOWN_DOCUMENT.SHA256, d.sha256()).set(TOWN_DOCUMENT.PUBLISHED_AT, utc(d.publishedAt()))
                    .set(TOWN_DOCUMENT.PUBLISHED_BY, d.publishedBy()).set(TOWN_DOCUMENT.HOUSEHOLD_ID, d.householdId())
                    .returning(TOWN_DOCUMENT.ID).fetchOne().getId();
            db.dsl().insertInto(TOWN_DOCUMENT_CONTENT).set(TOWN_DOCUMENT_CONTENT.DOCUMENT_ID, id).set(TOWN_DOCUMENT_CONTENT.CONTENT, content).execute();
            return d.withId(id);
        });
    }

    @Override
    public Optional<TownDocument> find(long id) {
        return db.dsl().selectFrom(TOWN_DOCUMENT).where(TOWN_DOCUMENT.ID.eq(id)).fetchOptional(JooqTownDocumentRepository::toDocument);
    }

    @Override
    public Optional<byte[]> content(long id) {
        return db.dsl().select(TOWN_DOCUMENT_CONTENT.CONTENT).from(TOWN_DOCUMENT_CONTENT).where(TOWN_DOCUMENT_CONTENT.DOCUMENT_ID.eq(id))
                .fetchOptional(TOWN_DOCUMENT_CONTENT.CONTENT);
    }

    @Override
    public List<TownDocument> readableBy(long householdId) {
        return db.dsl().selectFrom(TOWN_DOCUMENT).where(TOWN_DOCUMENT.HOUSEHOLD_ID.isNull().or(TOWN_DOCUMENT.HOUSEHOLD_ID.eq(householdId)))
                .orderBy(TOWN_DOCUMENT.PUBLISHED_AT.desc(), TOWN_DOCUMENT.ID.desc()).fetch(JooqTownDocumentRepository::toDocument);
    }

    @Override
    public List<TownDocument> all() {
        return db.dsl().selectFrom(TOWN_DOCUMENT).orderBy(TOWN_DOCUMENT.PUBLISHED_AT.desc(), TOWN_DOCUMENT.ID.desc())
                .fetch(JooqTownDocumentRepository::toDocument);
    }

    @Override
    public boolean withdraw(long id) {
        // the content goes with its row (ON DELETE CASCADE)
        return db.dsl().deleteFrom(TOWN_DOCUMENT).where(TOWN_DOCUMENT.ID.eq(id)).execute() == 1;
    }

    private static TownDocument toDocument(TownDocumentRecord r) {
        return new TownDocument(r.getId(), r.getTitle(), r.getFileName(), r.getSize(), r.getSha256(), instant(r.getPublishedAt()),
                r.getPublishedBy(), r.getHouseholdId());
    }
}
