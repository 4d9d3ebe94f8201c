package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DossierCatalogue;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.School;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.Db;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.CONSENT_QUESTION;
import static fr.portailfamille.persistence.schema.Tables.DOCUMENT_TYPE;
import static fr.portailfamille.persistence.schema.Tables.SCHOOL;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

public final class JooqDossierCatalogue implements DossierCatalogue {

    private final Db db;

    public JooqDossierCatalogue(Db db) {
        this.db = db;
    }

    @Override
    public List<String> schools() {
        // sorted in Java: the collation of the database must not decide where «É» goes
        return db.reference().get("schools", () -> db.dsl().select(SCHOOL.NAME).from(SCHOOL).fetch(SCHOOL.NAME).stream().sorted().toList());
    }

    @Override
    public void addSchool(String name) {
        db.reference().changed();
        db.dsl().insertInto(SCHOOL).set(SCHOOL.NAME, name.strip()).onConflictDoNothing().execute();
    }

    @Override
    public List<School> schoolsWithLevels() {
        return db.reference().get("schools with levels", () -> db.dsl().selectFrom(SCHOOL).fetch(r -> new School(r.getName(),
                        Arrays.stream(r.getLevels()).map(l -> SchoolLevel.valueOf(l.getLiteral())).collect(Collectors.toSet())))
                .stream().sorted(Comparator.comparing(School::name)).toList());
    }

    @Override
    public void saveSchool(School school) {
        db.reference().changed();
        var levels = school.levels().stream().sorted()
                .map(l -> fr.portailfamille.persistence.schema.enums.SchoolLevel.valueOf(l.name()))
                .toArray(fr.portailfamille.persistence.schema.enums.SchoolLevel[]::new);
        db.dsl().insertInto(SCHOOL).set(SCHOOL.NAME, school.name()).set(SCHOOL.LEVELS, levels)
                .onConflict(SCHOOL.NAME).doUpdate().set(SCHOOL.LEVELS, levels)
                .execute();
    }

    @Override
    public boolean renameSchool(String from, String to) {
        return db.inTransaction(() -> {
            db.reference().changed();
            db.forgetTransactionReads();
            String oldName = from.strip();
            String newName = to.strip();
            if (db.dsl().fetchExists(SCHOOL, SCHOOL.NAME.eq(newName))) return false;
            if (db.dsl().update(SCHOOL).set(SCHOOL.NAME, newName).where(SCHOOL.NAME.eq(oldName)).execute() == 0) return false;
            // children and activities name their school: a rename that left them on the old name would orphan them
            db.dsl().update(CHILD).set(CHILD.SCHOOL, newName).where(CHILD.SCHOOL.eq(oldName)).execute();
            db.dsl().execute("UPDATE activity SET schools = array_replace(schools, ?, ?) WHERE ? = ANY (schools)", oldName, newName, oldName);
            return true;
        });
    }

    @Override
    public List<DocumentType> documentTypes() {
        return db.reference().get("document types", () -> List.copyOf(db.dsl().selectFrom(DOCUMENT_TYPE).orderBy(DOCUMENT_TYPE.POSITION)
                .fetch(r -> new DocumentType(r.getCode(), r.getLabel(), r.getRequired(), r.getPerChild()))));
    }

    @Override
    public void saveDocumentType(DocumentType type) {
        db.reference().changed();
        db.dsl().insertInto(DOCUMENT_TYPE)
                .set(DOCUMENT_TYPE.CODE, type.code()).set(DOCUMENT_TYPE.LABEL, type.label())
                .set(DOCUMENT_TYPE.REQUIRED, type.required()).set(DOCUMENT_TYPE.PER_CHILD, type.perChild())
                .onConflict(DOCUMENT_TYPE.CODE).doUpdate()
                .set(DOCUMENT_TYPE.LABEL, type.label()).set(DOCUMENT_TYPE.REQUIRED, type.required()).set(DOCUMENT_TYPE.PER_CHILD, type.perChild())
                .execute();
    }

    @Override
    public List<ConsentQuestion> currentQuestions() {
        return db.reference().get("consent questions", this::readCurrentQuestions);
    }

    private List<ConsentQuestion> readCurrentQuestions() {
        var latest = select(CONSENT_QUESTION.CODE, max(CONSENT_QUESTION.VERSION)).from(CONSENT_QUESTION).groupBy(CONSENT_QUESTION.CODE);
        var first = select(CONSENT_QUESTION.CODE, min(CONSENT_QUESTION.POSITION).as("first")).from(CONSENT_QUESTION).groupBy(CONSENT_QUESTION.CODE).asTable("f");
        return db.dsl().select(CONSENT_QUESTION.fields()).from(CONSENT_QUESTION)
                .join(first).on(first.field(0, String.class).eq(CONSENT_QUESTION.CODE))
                .where(row(CONSENT_QUESTION.CODE, CONSENT_QUESTION.VERSION).in(latest))
                .orderBy(first.field("first"))
                .fetch(r -> new ConsentQuestion(r.get(CONSENT_QUESTION.CODE), r.get(CONSENT_QUESTION.VERSION), r.get(CONSENT_QUESTION.LABEL),
                        r.get(CONSENT_QUESTION.REQUIRED))).stream().toList();
    }

    @Override
    public void publishQuestion(ConsentQuestion question) {
        db.run(() -> {
            db.reference().changed();
            Integer current = db.dsl().select(max(CONSENT_QUESTION.VERSION)).from(CONSENT_QUESTION)
                    .where(CONSENT_QUESTION.CODE.eq(question.code())).fetchOne(0, Integer.class);
            if (current != null && current >= question.version()) throw new IllegalArgumentException("version already published");
            db.dsl().insertInto(CONSENT_QUESTION)
                    .set(CONSENT_QUESTION.CODE, question.code()).set(CONSENT_QUESTION.VERSION, question.version())
                    .set(CONSENT_QUESTION.LABEL, question.label()).set(CONSENT_QUESTION.REQUIRED, question.required())
                    .execute();
        });
    }
}
