package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DocumentRepository;
import fr.portailfamille.domain.households.DocumentStatus;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.SupportingDocumentRecord;

import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.households.Times.instant;
import static fr.portailfamille.persistence.households.Times.utc;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;

public final class JooqDocumentRepository implements DocumentRepository {

    private final Db db;

    public JooqDocumentRepository(Db db) {
        this.db = db;
    }

    @Override
    public SupportingDocument add(SupportingDocument d) {
        long id = db.dsl().insertInto(SUPPORTING_DOCUMENT)
                .set(SUPPORTING_DOCUMENT.HOUSEHOLD_ID, d.householdId()).set(SUPPORTING_DOCUMENT.CHILD_ID, d.childId())
                .set(SUPPORTING_DOCUMENT.TYPE_CODE, d.typeCode()).set(SUPPORTING_DOCUMENT.FILE_NAME, d.fileName())
                .set(SUPPORTING_DOCUMENT.FILE_TYPE, d.fileType().name()).set(SUPPORTING_DOCUMENT.SIZE, d.size())
                .set(SUPPORTING_DOCUMENT.SHA256, d.sha256()).set(SUPPORTING_DOCUMENT.SENT_AT, utc(d.sentAt()))
                .set(SUPPORTING_DOCUMENT.SENT_BY, d.sentBy()).set(SUPPORTING_DOCUMENT.VALID_UNTIL, d.validUntil())
                .set(SUPPORTING_DOCUMENT.STATUS, status(d.status())).set(SUPPORTING_DOCUMENT.REJECTION_REASON, d.rejectionReason())
                .set(SUPPORTING_DOCUMENT.REVIEWED_AT, utc(d.reviewedAt())).set(SUPPORTING_DOCUMENT.REVIEWED_BY, d.reviewedBy())
                .set(SUPPORTING_DOCUMENT.FROM_TOWN, d.fromTown())
                .returning(SUPPORTING_DOCUMENT.ID).fetchOne().getId();
        return d.withId(id);
    }

    @Override
    public void update(SupportingDocument d) {
        int updated = db.dsl().update(SUPPORTING_DOCUMENT)
                .set(SUPPORTING_DOCUMENT.STATUS, status(d.status())).set(SUPPORTING_DOCUMENT.REJECTION_REASON, d.rejectionReason())
                .set(SUPPORTING_DOCUMENT.REVIEWED_AT, utc(d.reviewedAt())).set(SUPPORTING_DOCUMENT.REVIEWED_BY, d.reviewedBy())
                .set(SUPPORTING_DOCUMENT.VALID_UNTIL, d.validUntil())
                .where(SUPPORTING_DOCUMENT.ID.eq(d.id())).execute();
        if (updated != 1) throw new IllegalArgumentException("no document " + d.id());
    }

    @Override
    public Optional<SupportingDocument> find(long id) {
        return db.dsl().selectFrom(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.ID.eq(id)).fetchOptional(JooqDocumentRepository::toDocument);
    }

    @Override
    public List<SupportingDocument> ofHousehold(long householdId) {
        return db.dsl().selectFrom(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(householdId))
                .orderBy(SUPPORTING_DOCUMENT.ID.desc()).fetch(JooqDocumentRepository::toDocument);
    }

    @Override
    public List<SupportingDocument> pending(int limit) {
        return db.dsl().selectFrom(SUPPORTING_DOCUMENT)
                .where(SUPPORTING_DOCUMENT.STATUS.eq(fr.portailfamille.persistence.schema.enums.DocumentStatus.PENDING)
                        .and(SUPPORTING_DOCUMENT.FROM_TOWN.isFalse()))
                .orderBy(SUPPORTING_DOCUMENT.ID).limit(Math.max(limit, 0)).fetch(JooqDocumentRepository::toDocument);
    }

    private static fr.portailfamille.persistence.schema.enums.DocumentStatus status(DocumentStatus status) {
        return fr.portailfamille.persistence.schema.enums.DocumentStatus.valueOf(status.name());
    }

    private static SupportingDocument toDocument(SupportingDocumentRecord r) {
        return new SupportingDocument(r.getId(), r.getHouseholdId(), r.getChildId(), r.getTypeCode(), r.getFileName(),
                FileType.valueOf(r.getFileType()), r.getSize(), r.getSha256(), instant(r.getSentAt()), r.getSentBy(), r.getValidUntil(),
                DocumentStatus.valueOf(r.getStatus().getLiteral()), r.getRejectionReason(), instant(r.getReviewedAt()), r.getReviewedBy(),
                r.getFromTown());
    }
}
