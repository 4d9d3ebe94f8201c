package fr.portailfamille.persistence.demarches;

import fr.portailfamille.application.demarches.port.DemarcheRepository;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.DemarcheFormRecord;
import fr.portailfamille.persistence.schema.tables.records.DemarcheRecord;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.schema.Tables.DEMARCHE;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_ANSWER;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_FILE;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_FORM;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_HISTORY;

public final class JooqDemarcheRepository implements DemarcheRepository {

    private final Db db;

    public JooqDemarcheRepository(Db db) {
        this.db = db;
    }

    @Override
    public DemarcheForm addForm(DemarcheForm form) {
        db.reference().changed();
        long id = db.dsl().insertInto(DEMARCHE_FORM)
                .set(DEMARCHE_FORM.TITLE, form.title()).set(DEMARCHE_FORM.DESCRIPTION, form.description())
                .set(DEMARCHE_FORM.DEFINITION, form.definition()).set(DEMARCHE_FORM.ACTIVE, form.active())
                .returning(DEMARCHE_FORM.ID).fetchOne(DEMARCHE_FORM.ID);
        return form.withId(id);
    }

    private record Forms(boolean activeOnly) {
    }

    private record Form(long id) {
    }

    @Override
    public List<DemarcheForm> forms(boolean activeOnly) {
        return db.reference().get(new Forms(activeOnly), () -> db.dsl().selectFrom(DEMARCHE_FORM)
                .where(activeOnly ? DEMARCHE_FORM.ACTIVE.isTrue() : DSL.noCondition())
                .orderBy(DEMARCHE_FORM.TITLE, DEMARCHE_FORM.ID).fetch(JooqDemarcheRepository::toForm).stream().toList());
    }

    @Override
    public Optional<DemarcheForm> form(long formId) {
        return db.reference().get(new Form(formId), () ->
                db.dsl().selectFrom(DEMARCHE_FORM).where(DEMARCHE_FORM.ID.eq(formId)).fetchOptional(JooqDemarcheRepository::toForm));
    }

    @Override
    public Demarche add(Demarche d) {
        long id = db.dsl().insertInto(DEMARCHE)
                .set(DEMARCHE.FORM_ID, d.formId()).set(DEMARCHE.HOUSEHOLD_ID, d.householdId()).set(DEMARCHE.STATUS, d.status().name())
                .set(DEMARCHE.REJECTION_REASON, d.rejectionReason()).set(DEMARCHE.CREATED_AT, utc(d.createdAt())).set(DEMARCHE.UPDATED_AT, utc(d.updatedAt()))
                .returning(DEMARCHE.ID).fetchOne(DEMARCHE.ID);
        saveAnswers(id, d.answers());
        return d.withId(id);
    }

    @Override
    public void update(Demarche d) {
        int changed = db.dsl().update(DEMARCHE).set(DEMARCHE.STATUS, d.status().name()).set(DEMARCHE.REJECTION_REASON, d.rejectionReason())
                .set(DEMARCHE.UPDATED_AT, utc(d.updatedAt())).where(DEMARCHE.ID.eq(d.id())).execute();
        if (changed != 1) throw new IllegalArgumentException("unknown démarche " + d.id());
        db.dsl().deleteFrom(DEMARCHE_ANSWER).where(DEMARCHE_ANSWER.DEMARCHE_ID.eq(d.id())).execute();
        saveAnswers(d.id(), d.answers());
    }

    @Override
    public Optional<Demarche> find(long demarcheId) {
        return db.dsl().selectFrom(DEMARCHE).where(DEMARCHE.ID.eq(demarcheId)).fetchOptional().map(r -> toDemarche(r, answers(List.of(r.getId()))));
    }

    @Override
    public List<Demarche> ofHousehold(long householdId) {
        return many(db.dsl().selectFrom(DEMARCHE).where(DEMARCHE.HOUSEHOLD_ID.eq(householdId))
                .orderBy(DEMARCHE.UPDATED_AT.desc(), DEMARCHE.ID.desc()).fetch());
    }

    @Override
    public List<Demarche> withStatus(DemarcheStatus status) {
        return many(db.dsl().selectFrom(DEMARCHE).where(DEMARCHE.STATUS.eq(status.name())).orderBy(DEMARCHE.UPDATED_AT, DEMARCHE.ID).limit(500).fetch());
    }

    @Override
    public long storeFile(long demarcheId, String fieldKey, String name, String mediaType, byte[] content) {
        return db.dsl().insertInto(DEMARCHE_FILE).set(DEMARCHE_FILE.DEMARCHE_ID, demarcheId).set(DEMARCHE_FILE.FIELD_KEY, fieldKey)
                .set(DEMARCHE_FILE.NAME, name).set(DEMARCHE_FILE.MEDIA_TYPE, mediaType).set(DEMARCHE_FILE.CONTENT, content)
                .returning(DEMARCHE_FILE.ID).fetchOne(DEMARCHE_FILE.ID);
    }

    @Override
    public Optional<StoredFile> file(long fileId) {
        return db.dsl().selectFrom(DEMARCHE_FILE).where(DEMARCHE_FILE.ID.eq(fileId)).fetchOptional(r ->
                new StoredFile(r.getId(), r.getDemarcheId(), r.getFieldKey(), r.getName(), r.getMediaType(), r.getContent()));
    }

    @Override
    public void record(StatusChange c) {
        db.dsl().insertInto(DEMARCHE_HISTORY).set(DEMARCHE_HISTORY.DEMARCHE_ID, c.demarcheId())
                .set(DEMARCHE_HISTORY.FROM_STATUS, c.from() == null ? null : c.from().name()).set(DEMARCHE_HISTORY.TO_STATUS, c.to().name())
                .set(DEMARCHE_HISTORY.ACCOUNT_ID, c.byAccountId()).set(DEMARCHE_HISTORY.AT, utc(c.at())).set(DEMARCHE_HISTORY.REASON, c.reason())
                .execute();
    }

    @Override
    public List<StatusChange> history(long demarcheId) {
        return db.dsl().selectFrom(DEMARCHE_HISTORY).where(DEMARCHE_HISTORY.DEMARCHE_ID.eq(demarcheId)).orderBy(DEMARCHE_HISTORY.ID)
                .fetch(r -> new StatusChange(r.getDemarcheId(), r.getFromStatus() == null ? null : DemarcheStatus.valueOf(r.getFromStatus()),
                        DemarcheStatus.valueOf(r.getToStatus()), r.getAccountId(), r.getAt().toInstant(), r.getReason()));
    }

    /** The answers of several démarches in one query, not one per démarche. */
    private List<Demarche> many(List<DemarcheRecord> records) {
        var answers = answers(records.stream().map(DemarcheRecord::getId).toList());
        return records.stream().map(r -> toDemarche(r, answers)).toList();
    }

    private Map<Long, Map<String, String>> answers(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return db.dsl().selectFrom(DEMARCHE_ANSWER).where(DEMARCHE_ANSWER.DEMARCHE_ID.in(ids)).fetch().stream()
                .collect(Collectors.groupingBy(a -> a.getDemarcheId(), Collectors.toMap(a -> a.getFieldKey(), a -> a.getValue())));
    }

    private void saveAnswers(long id, Map<String, String> answers) {
        if (answers.isEmpty()) return;
        var insert = db.dsl().insertInto(DEMARCHE_ANSWER, DEMARCHE_ANSWER.DEMARCHE_ID, DEMARCHE_ANSWER.FIELD_KEY, DEMARCHE_ANSWER.VALUE);
        for (var answer : answers.entrySet()) insert = insert.values(id, answer.getKey(), answer.getValue());
        insert.execute();
    }

    private static Demarche toDemarche(DemarcheRecord r, Map<Long, Map<String, String>> answers) {
        return new Demarche(r.getId(), r.getFormId(), r.getHouseholdId(), DemarcheStatus.valueOf(r.getStatus()), answers.getOrDefault(r.getId(), Map.of()),
                r.getRejectionReason(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    private static DemarcheForm toForm(DemarcheFormRecord r) {
        var fields = switch (DemarcheForm.parse(r.getDefinition())) {
            case DemarcheForm.Definition.Valid valid -> valid.fields();
            case DemarcheForm.Definition.Invalid invalid -> throw new IllegalStateException("stored form " + r.getId() + " no longer parses");
        };
        return new DemarcheForm(r.getId(), r.getTitle(), r.getDescription(), r.getDefinition(), fields, r.getActive());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
