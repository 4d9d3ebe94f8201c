package fr.portailfamille.domain.households;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A file of a household: a «justificatif» the family sent (pending, then validated or refused by an agent), or a
 * document the town produced for it (invoices, certificates: born validated).
 *
 * @param id              0 until stored
 * @param childId         the child it concerns, null for the whole household
 * @param typeCode        a {@link DocumentType} code for a justificatif; the kind of document for the town's
 * @param sha256          hex checksum of the stored bytes
 * @param sentBy          the account that sent it
 * @param validUntil      end of validity (an identity card), null when unlimited
 * @param rejectionReason shown to the parents; null unless refused
 */
public record SupportingDocument(long id, long householdId, Long childId, String typeCode, String fileName, FileType fileType,
                                 long size, String sha256, Instant sentAt, long sentBy, LocalDate validUntil,
                                 DocumentStatus status, String rejectionReason, Instant reviewedAt, Long reviewedBy,
                                 boolean fromTown) {

    public static final String REASON_MISSING = "Indiquez à la famille la raison du refus : elle la verra sur son dossier.";

    public SupportingDocument {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (householdId <= 0) throw new IllegalArgumentException("a document belongs to a stored household");
        typeCode = Texts.required(typeCode, "typeCode");
        fileName = Texts.required(fileName, "fileName");
        Objects.requireNonNull(fileType, "fileType");
        if (size <= 0) throw new IllegalArgumentException("a document is not empty");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256 is 64 hex digits");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(status, "status");
        if ((status == DocumentStatus.REJECTED) != (rejectionReason != null && !rejectionReason.isBlank())) {
            throw new IllegalArgumentException("a refused document, and only it, has a reason");
        }
    }

    /** A justificatif as the family sends it: waiting for an agent. */
    public static SupportingDocument sent(long householdId, Long childId, String typeCode, String fileName, FileType fileType,
                                          long size, String sha256, Instant now, long sentBy, LocalDate validUntil) {
        return new SupportingDocument(0, householdId, childId, typeCode, fileName, fileType, size, sha256, now, sentBy, validUntil,
                DocumentStatus.PENDING, null, null, null, false);
    }

    /** A document the town produced for the household (a certificate): born validated, never reviewed. */
    public static SupportingDocument producedByTown(long householdId, String typeCode, String fileName, FileType fileType, long size, String sha256,
                                                    Instant now, long producedBy) {
        return new SupportingDocument(0, householdId, null, typeCode, fileName, fileType, size, sha256, now, producedBy, null,
                DocumentStatus.VALIDATED, null, null, null, true);
    }

    public SupportingDocument withId(long newId) {
        return new SupportingDocument(newId, householdId, childId, typeCode, fileName, fileType, size, sha256, sentAt, sentBy,
                validUntil, status, rejectionReason, reviewedAt, reviewedBy, fromTown);
    }

    public SupportingDocument validated(long agentId, Instant now) {
        return new SupportingDocument(id, householdId, childId, typeCode, fileName, fileType, size, sha256, sentAt, sentBy,
                validUntil, DocumentStatus.VALIDATED, null, now, agentId, fromTown);
    }

    public SupportingDocument rejected(String reason, long agentId, Instant now) {
        return new SupportingDocument(id, householdId, childId, typeCode, fileName, fileType, size, sha256, sentAt, sentBy,
                validUntil, DocumentStatus.REJECTED, Texts.required(reason, "reason"), now, agentId, fromTown);
    }

    /** Validated and not past its end of validity on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return status == DocumentStatus.VALIDATED && (validUntil == null || !validUntil.isBefore(day));
    }

    /** Whether it stands for this child: its own document, or one of the whole household. */
    public boolean covers(long someChildId) {
        return childId == null || childId == someChildId;
    }
}
