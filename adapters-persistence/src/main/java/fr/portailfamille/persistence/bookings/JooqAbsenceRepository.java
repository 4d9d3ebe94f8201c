package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.AbsenceRepository;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.AbsenceStatus;
import fr.portailfamille.persistence.schema.tables.records.MedicalAbsenceRecord;
import org.jooq.Field;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.bookings.JooqEnrolmentRepository.instant;
import static fr.portailfamille.persistence.bookings.JooqEnrolmentRepository.utc;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;

public final class JooqAbsenceRepository implements AbsenceRepository {

    /** Every column but the certificate's content: lists never load the files. */
    private static final List<Field<?>> RECORD = List.of(MEDICAL_ABSENCE.ID, MEDICAL_ABSENCE.HOUSEHOLD_ID, MEDICAL_ABSENCE.CHILD_ID,
            MEDICAL_ABSENCE.FIRST_DAY, MEDICAL_ABSENCE.LAST_DAY, MEDICAL_ABSENCE.STATUS, MEDICAL_ABSENCE.REFUSAL_REASON,
            MEDICAL_ABSENCE.CERTIFICATE_NAME, MEDICAL_ABSENCE.CERTIFICATE_TYPE, MEDICAL_ABSENCE.CERTIFICATE_SHA256,
            MEDICAL_ABSENCE.DECLARED_AT, MEDICAL_ABSENCE.DECIDED_AT);

    private final Db db;

    public JooqAbsenceRepository(Db db) {
        this.db = db;
    }

    @Override
    public MedicalAbsence add(MedicalAbsence a, byte[] certificate) {
        long id = db.dsl().insertInto(MEDICAL_ABSENCE)
                .set(MEDICAL_ABSENCE.HOUSEHOLD_ID, a.householdId())
                .set(MEDICAL_ABSENCE.CHILD_ID, a.childId())
                .set(MEDICAL_ABSENCE.FIRST_DAY, a.firstDay())
                .set(MEDICAL_ABSENCE.LAST_DAY, a.lastDay())
                .set(MEDICAL_ABSENCE.STATUS, AbsenceStatus.valueOf(a.status().name()))
                .set(MEDICAL_ABSENCE.REFUSAL_REASON, a.refusalReason())
                .set(MEDICAL_ABSENCE.CERTIFICATE_NAME, a.certificate().name())
                .set(MEDICAL_ABSENCE.CERTIFICATE_TYPE, a.certificate().mediaType())
                .set(MEDICAL_ABSENCE.CERTIFICATE_SHA256, a.certificate().sha256())
                .set(MEDICAL_ABSENCE.CERTIFICATE, certificate)
                .set(MEDICAL_ABSENCE.DECLARED_AT, utc(a.declaredAt()))
                .set(MEDICAL_ABSENCE.DECIDED_AT, utc(a.decidedAt()))
                .returning(MEDICAL_ABSENCE.ID).fetchOne().getId();
        return a.withId(id);
    }

    @Override
    public void update(MedicalAbsence a) {
        int updated = db.dsl().update(MEDICAL_ABSENCE)
                .set(MEDICAL_ABSENCE.STATUS, AbsenceStatus.valueOf(a.status().name()))
                .set(MEDICAL_ABSENCE.REFUSAL_REASON, a.refusalReason())
                .set(MEDICAL_ABSENCE.DECIDED_AT, utc(a.decidedAt()))
                .where(MEDICAL_ABSENCE.ID.eq(a.id())).execute();
        if (updated != 1) throw new IllegalArgumentException("no absence " + a.id());
    }

    @Override
    public Optional<MedicalAbsence> find(long id) {
        return db.dsl().select(RECORD).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.ID.eq(id))
                .fetchOptional(r -> absence(r.into(MEDICAL_ABSENCE)));
    }

    @Override
    public Optional<byte[]> certificate(long id) {
        return db.dsl().select(MEDICAL_ABSENCE.CERTIFICATE).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.ID.eq(id))
                .fetchOptional(MEDICAL_ABSENCE.CERTIFICATE);
    }

    @Override
    public List<MedicalAbsence> ofHousehold(long householdId) {
        return db.dsl().select(RECORD).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.HOUSEHOLD_ID.eq(householdId))
                .orderBy(MEDICAL_ABSENCE.DECLARED_AT.desc(), MEDICAL_ABSENCE.ID.desc()).fetch(r -> absence(r.into(MEDICAL_ABSENCE)));
    }

    @Override
    public List<MedicalAbsence> pending() {
        return db.dsl().select(RECORD).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.STATUS.eq(AbsenceStatus.PENDING))
                .orderBy(MEDICAL_ABSENCE.DECLARED_AT, MEDICAL_ABSENCE.ID).fetch(r -> absence(r.into(MEDICAL_ABSENCE)));
    }

    @Override
    public List<MedicalAbsence> validated(Collection<Long> childIds, LocalDate from, LocalDate to) {
        if (childIds.isEmpty()) return List.of();
        return db.dsl().select(RECORD).from(MEDICAL_ABSENCE)
                .where(MEDICAL_ABSENCE.CHILD_ID.in(childIds), MEDICAL_ABSENCE.STATUS.eq(AbsenceStatus.VALIDATED),
                        MEDICAL_ABSENCE.LAST_DAY.ge(from), MEDICAL_ABSENCE.FIRST_DAY.le(to))
                .orderBy(MEDICAL_ABSENCE.CHILD_ID, MEDICAL_ABSENCE.FIRST_DAY).fetch(r -> absence(r.into(MEDICAL_ABSENCE)));
    }

    private static MedicalAbsence absence(MedicalAbsenceRecord r) {
        return new MedicalAbsence(r.getId(), r.getHouseholdId(), r.getChildId(), r.getFirstDay(), r.getLastDay(),
                MedicalAbsence.Status.valueOf(r.getStatus().name()),
                new MedicalAbsence.Certificate(r.getCertificateName(), r.getCertificateType(), r.getCertificateSha256()),
                r.getRefusalReason(), instant(r.getDeclaredAt()), instant(r.getDecidedAt()));
    }
}
