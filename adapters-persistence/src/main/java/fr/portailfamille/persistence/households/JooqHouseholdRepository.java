package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.BloodGroup;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.ChildhoodIllness;
import fr.portailfamille.domain.households.ConsentAnswer;
import fr.portailfamille.domain.households.Guardian;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.Vaccine;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.AuthorisedContactRecord;
import fr.portailfamille.persistence.schema.tables.records.ChildRecord;
import fr.portailfamille.persistence.schema.tables.records.HouseholdRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.households.Times.instant;
import static fr.portailfamille.persistence.households.Times.utc;
import static fr.portailfamille.persistence.schema.Tables.AUTHORISED_CONTACT;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.CONSENT_ANSWER;
import static fr.portailfamille.persistence.schema.Tables.CONSENT_CHANGE;
import static fr.portailfamille.persistence.schema.Tables.GUARDIAN;
import static fr.portailfamille.persistence.schema.Tables.HEALTH_RECORD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.VACCINATION;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.selectOne;

// Long because: one port (HouseholdRepository) — households, their people and health records — whose SQL reads best side by side; splitting the adapter would split the port.
public final class JooqHouseholdRepository implements HouseholdRepository {

    private final Db db;

    public JooqHouseholdRepository(Db db) {
        this.db = db;
    }

    @Override
    public Household add(Household household) {
        long id = db.inTransaction(() -> {
            long newId = db.dsl().insertInto(HOUSEHOLD)
                    .set(HOUSEHOLD.NAME, household.name())
                    .set(HOUSEHOLD.POSTAL_ADDRESS, household.postalAddress())
                    .set(HOUSEHOLD.PAPERLESS_INVOICES, household.paperlessInvoices())
                    .returning(HOUSEHOLD.ID).fetchOne().getId();
            insertGuardians(newId, household.guardians());
            return newId;
        });
        return household.withId(id);
    }

    @Override
    public void update(Household household) {
        db.run(() -> {
            int updated = db.dsl().update(HOUSEHOLD)
                    .set(HOUSEHOLD.NAME, household.name())
                    .set(HOUSEHOLD.POSTAL_ADDRESS, household.postalAddress())
                    .set(HOUSEHOLD.PAPERLESS_INVOICES, household.paperlessInvoices())
                    .where(HOUSEHOLD.ID.eq(household.id())).execute();
            if (updated != 1) throw new IllegalArgumentException("no household " + household.id());
            db.dsl().deleteFrom(GUARDIAN).where(GUARDIAN.HOUSEHOLD_ID.eq(household.id())).execute();
            insertGuardians(household.id(), household.guardians());
        });
    }

    private void insertGuardians(long householdId, List<Guardian> guardians) {
        for (int i = 0; i < guardians.size(); i++) {
            var g = guardians.get(i);
            db.dsl().insertInto(GUARDIAN)
                    .set(GUARDIAN.HOUSEHOLD_ID, householdId).set(GUARDIAN.POSITION, i)
                    .set(GUARDIAN.LAST_NAME, g.lastName()).set(GUARDIAN.FIRST_NAMES, g.firstNames())
                    .set(GUARDIAN.RELATIONSHIP, g.relationship()).set(GUARDIAN.EMAIL, g.email())
                    .set(GUARDIAN.MOBILE_PHONE, g.mobilePhone()).set(GUARDIAN.OTHER_PHONE, g.otherPhone())
                    .execute();
        }
    }

    @Override
    public Optional<Household> find(long id) {
        return db.dsl().selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOptional(this::toHousehold);
    }

    private Household toHousehold(HouseholdRecord r) {
        var guardians = db.dsl().selectFrom(GUARDIAN).where(GUARDIAN.HOUSEHOLD_ID.eq(r.getId())).orderBy(GUARDIAN.POSITION)
                .fetch(g -> new Guardian(g.getLastName(), g.getFirstNames(), g.getRelationship(), g.getEmail(), g.getMobilePhone(), g.getOtherPhone()));
        return new Household(r.getId(), r.getName(), r.getPostalAddress(), r.getPaperlessInvoices(), guardians);
    }

    @Override
    public Optional<Long> householdOf(long accountId) {
        return db.onceInTransaction(new HouseholdOf(accountId), () -> db.dsl().select(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID).from(HOUSEHOLD_ACCOUNT)
                .where(HOUSEHOLD_ACCOUNT.ACCOUNT_ID.eq(accountId)).fetchOptional(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID));
    }

    private record HouseholdOf(long accountId) {
    }

    @Override
    public void link(long accountId, long householdId) {
        db.forgetTransactionReads();
        db.dsl().insertInto(HOUSEHOLD_ACCOUNT)
                .set(HOUSEHOLD_ACCOUNT.ACCOUNT_ID, accountId).set(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID, householdId)
                .onConflict(HOUSEHOLD_ACCOUNT.ACCOUNT_ID).doUpdate().set(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID, householdId)
                .execute();
    }

    @Override
    public List<Long> accountsOf(long householdId) {
        return db.dsl().select(HOUSEHOLD_ACCOUNT.ACCOUNT_ID).from(HOUSEHOLD_ACCOUNT).where(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID.eq(householdId))
                .orderBy(HOUSEHOLD_ACCOUNT.ACCOUNT_ID).fetch(HOUSEHOLD_ACCOUNT.ACCOUNT_ID);
    }

    @Override
    public List<Household> search(String text, int limit) {
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.dsl().selectFrom(HOUSEHOLD)
                .where(HOUSEHOLD.NAME.likeIgnoreCase(pattern).or(exists(selectOne().from(CHILD).where(CHILD.HOUSEHOLD_ID.eq(HOUSEHOLD.ID)
                        .and(concat(CHILD.FIRST_NAMES, inline(" "), CHILD.LAST_NAME).likeIgnoreCase(pattern))))))
                .orderBy(HOUSEHOLD.NAME, HOUSEHOLD.ID)
                .limit(Math.max(limit, 0))
                .fetch(this::toHousehold);
    }

    @Override
    public List<Long> ids() {
        return db.dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.ANONYMISED_AT.isNull()).orderBy(HOUSEHOLD.ID).fetch(HOUSEHOLD.ID);
    }

    @Override
    public Child addChild(Child child) {
        db.forgetTransactionReads();
        long id = db.dsl().insertInto(CHILD)
                .set(CHILD.HOUSEHOLD_ID, child.householdId()).set(CHILD.LAST_NAME, child.lastName()).set(CHILD.FIRST_NAMES, child.firstNames())
                .set(CHILD.BIRTH_DATE, child.birthDate()).set(CHILD.SCHOOL, child.school()).set(CHILD.LEVEL, level(child.level()))
                .set(CHILD.EMAIL, child.email()).set(CHILD.MOBILE_PHONE, child.mobilePhone())
                .returning(CHILD.ID).fetchOne().getId();
        return child.withId(id);
    }

    @Override
    public void updateChild(Child child) {
        db.forgetTransactionReads();
        int updated = db.dsl().update(CHILD)
                .set(CHILD.LAST_NAME, child.lastName()).set(CHILD.FIRST_NAMES, child.firstNames())
                .set(CHILD.BIRTH_DATE, child.birthDate()).set(CHILD.SCHOOL, child.school()).set(CHILD.LEVEL, level(child.level()))
                .set(CHILD.EMAIL, child.email()).set(CHILD.MOBILE_PHONE, child.mobilePhone())
                .where(CHILD.ID.eq(child.id()).and(CHILD.HOUSEHOLD_ID.eq(child.householdId()))).execute();
        if (updated != 1) throw new IllegalArgumentException("no child " + child.id() + " in household " + child.householdId());
    }

    @Override
    public Optional<Child> findChild(long childId) {
        return db.dsl().selectFrom(CHILD).where(CHILD.ID.eq(childId)).fetchOptional(JooqHouseholdRepository::toChild);
    }

    @Override
    public List<Child> children(long householdId) {
        return db.onceInTransaction(new ChildrenOf(householdId), () -> List.copyOf(db.dsl().selectFrom(CHILD)
                .where(CHILD.HOUSEHOLD_ID.eq(householdId)).orderBy(CHILD.BIRTH_DATE, CHILD.ID).fetch(JooqHouseholdRepository::toChild)));
    }

    private record ChildrenOf(long householdId) {
    }

    private static Child toChild(ChildRecord r) {
        return new Child(r.getId(), r.getHouseholdId(), r.getLastName(), r.getFirstNames(), r.getBirthDate(), r.getSchool(),
                r.getLevel() == null ? null : SchoolLevel.valueOf(r.getLevel().getLiteral()), r.getEmail(), r.getMobilePhone());
    }

    private static fr.portailfamille.persistence.schema.enums.SchoolLevel level(SchoolLevel level) {
        return level == null ? null : fr.portailfamille.persistence.schema.enums.SchoolLevel.valueOf(level.name());
    }

    @Override
    public Optional<HealthRecord> healthRecord(long childId) {
        var row = db.dsl().selectFrom(HEALTH_RECORD).where(HEALTH_RECORD.CHILD_ID.eq(childId)).fetchOptional();
        if (row.isEmpty()) return Optional.empty();
        var vaccinations = new EnumMap<Vaccine, LocalDate>(Vaccine.class);
        db.dsl().selectFrom(VACCINATION).where(VACCINATION.CHILD_ID.eq(childId))
                .forEach(v -> vaccinations.put(Vaccine.valueOf(v.getVaccine()), v.getLastInjection()));
        return Optional.of(toHealthRecord(row.get(), vaccinations));
    }

    private static HealthRecord toHealthRecord(fr.portailfamille.persistence.schema.tables.records.HealthRecordRecord r, Map<Vaccine, LocalDate> vaccinations) {
        var illnesses = Arrays.stream(r.getIllnesses()).map(ChildhoodIllness::valueOf).collect(Collectors.toSet());
        return new HealthRecord(r.getChildId(), r.getDoctorName(), r.getDoctorPhone(), r.getDrugAllergies(), r.getDrugAllergyDetail(),
                r.getOtherAllergies(), r.getRecommendations(), illnesses, r.getBloodGroup() == null ? null : BloodGroup.valueOf(r.getBloodGroup()),
                vaccinations);
    }

    /** Four queries for any number of children, in the same orders as the one-child reads. */
    @Override
    public Map<Long, ChildRecords> childRecords(Collection<Long> childIds) {
        var result = new LinkedHashMap<Long, ChildRecords>();
        if (childIds.isEmpty()) return result;
        // one statement for the four tables (the dashboard and every «Soumettre» ask): each child's rows nested with MULTISET
        var vaccinations = new HashMap<Long, EnumMap<Vaccine, LocalDate>>();
        var health = new HashMap<Long, HealthRecord>();
        var contacts = new HashMap<Long, List<AuthorisedContact>>();
        var answers = new HashMap<Long, List<ConsentAnswer>>();
        var vaccinated = multiset(selectFrom(VACCINATION).where(VACCINATION.CHILD_ID.eq(CHILD.ID)));
        var sheet = multiset(selectFrom(HEALTH_RECORD).where(HEALTH_RECORD.CHILD_ID.eq(CHILD.ID)));
        var allowed = multiset(selectFrom(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.CHILD_ID.eq(CHILD.ID))
                .orderBy(AUTHORISED_CONTACT.RANK, AUTHORISED_CONTACT.ID));
        var answered = multiset(selectFrom(CONSENT_ANSWER).where(CONSENT_ANSWER.CHILD_ID.eq(CHILD.ID))
                .orderBy(CONSENT_ANSWER.ANSWERED_AT, CONSENT_ANSWER.QUESTION_CODE, CONSENT_ANSWER.VERSION));
        db.dsl().select(CHILD.ID, vaccinated, sheet, allowed, answered).from(CHILD).where(CHILD.ID.in(childIds)).forEach(row -> {
            long child = row.get(CHILD.ID);
            var given = new EnumMap<Vaccine, LocalDate>(Vaccine.class);
            row.get(vaccinated).forEach(v -> given.put(Vaccine.valueOf(v.getVaccine()), v.getLastInjection()));
            vaccinations.put(child, given);
            row.get(sheet).forEach(r -> health.put(child, toHealthRecord(r, given)));
            row.get(allowed).forEach(r -> contacts.computeIfAbsent(child, id -> new ArrayList<>()).add(toContact(r)));
            row.get(answered).forEach(r -> answers.computeIfAbsent(child, id -> new ArrayList<>()).add(toAnswer(r)));
        });
        for (long id : childIds) {
            result.put(id, new ChildRecords(Optional.ofNullable(health.get(id)), List.copyOf(contacts.getOrDefault(id, List.of())),
                    List.copyOf(answers.getOrDefault(id, List.of()))));
        }
        return result;
    }

    @Override
    public void saveHealthRecord(HealthRecord h) {
        String[] illnesses = h.illnesses().stream().sorted().map(Enum::name).toArray(String[]::new);
        String group = h.bloodGroup() == null ? null : h.bloodGroup().name();
        db.run(() -> {
            db.dsl().insertInto(HEALTH_RECORD)
                    .set(HEALTH_RECORD.CHILD_ID, h.childId()).set(HEALTH_RECORD.DOCTOR_NAME, h.doctorName())
                    .set(HEALTH_RECORD.DOCTOR_PHONE, h.doctorPhone()).set(HEALTH_RECORD.DRUG_ALLERGIES, h.drugAllergies())
                    .set(HEALTH_RECORD.DRUG_ALLERGY_DETAIL, h.drugAllergyDetail()).set(HEALTH_RECORD.OTHER_ALLERGIES, h.otherAllergies())
                    .set(HEALTH_RECORD.RECOMMENDATIONS, h.recommendations()).set(HEALTH_RECORD.ILLNESSES, illnesses)
                    .set(HEALTH_RECORD.BLOOD_GROUP, group)
                    .onConflict(HEALTH_RECORD.CHILD_ID).doUpdate()
                    .set(HEALTH_RECORD.DOCTOR_NAME, h.doctorName()).set(HEALTH_RECORD.DOCTOR_PHONE, h.doctorPhone())
                    .set(HEALTH_RECORD.DRUG_ALLERGIES, h.drugAllergies()).set(HEALTH_RECORD.DRUG_ALLERGY_DETAIL, h.drugAllergyDetail())
                    .set(HEALTH_RECORD.OTHER_ALLERGIES, h.otherAllergies()).set(HEALTH_RECORD.RECOMMENDATIONS, h.recommendations())
                    .set(HEALTH_RECORD.ILLNESSES, illnesses).set(HEALTH_RECORD.BLOOD_GROUP, group)
                    .execute();
            db.dsl().deleteFrom(VACCINATION).where(VACCINATION.CHILD_ID.eq(h.childId())).execute();
            h.vaccinations().forEach((vaccine, date) -> db.dsl().insertInto(VACCINATION)
                    .set(VACCINATION.CHILD_ID, h.childId()).set(VACCINATION.VACCINE, vaccine.name()).set(VACCINATION.LAST_INJECTION, date)
                    .execute());
        });
    }

    @Override
    public List<AuthorisedContact> contacts(long childId) {
        return db.dsl().selectFrom(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.CHILD_ID.eq(childId))
                .orderBy(AUTHORISED_CONTACT.RANK, AUTHORISED_CONTACT.ID).fetch(JooqHouseholdRepository::toContact);
    }

    private static AuthorisedContact toContact(AuthorisedContactRecord r) {
        return new AuthorisedContact(r.getId(), r.getChildId(), r.getRank(), r.getName(), r.getRelationship(), r.getPhone(),
                r.getEmergency(), r.getMayCollect());
    }

    @Override
    public AuthorisedContact addContact(AuthorisedContact c) {
        long id = db.dsl().insertInto(AUTHORISED_CONTACT)
                .set(AUTHORISED_CONTACT.CHILD_ID, c.childId()).set(AUTHORISED_CONTACT.RANK, c.rank()).set(AUTHORISED_CONTACT.NAME, c.name())
                .set(AUTHORISED_CONTACT.RELATIONSHIP, c.relationship()).set(AUTHORISED_CONTACT.PHONE, c.phone())
                .set(AUTHORISED_CONTACT.EMERGENCY, c.emergency()).set(AUTHORISED_CONTACT.MAY_COLLECT, c.mayCollect())
                .returning(AUTHORISED_CONTACT.ID).fetchOne().getId();
        return c.withId(id);
    }

    @Override
    public void updateContact(AuthorisedContact c) {
        db.dsl().update(AUTHORISED_CONTACT).set(AUTHORISED_CONTACT.NAME, c.name()).set(AUTHORISED_CONTACT.RELATIONSHIP, c.relationship())
                .set(AUTHORISED_CONTACT.PHONE, c.phone()).set(AUTHORISED_CONTACT.EMERGENCY, c.emergency())
                .set(AUTHORISED_CONTACT.MAY_COLLECT, c.mayCollect()).where(AUTHORISED_CONTACT.ID.eq(c.id())).execute();
    }

    @Override
    public void removeContact(long contactId) {
        db.dsl().deleteFrom(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.ID.eq(contactId)).execute();
    }

    @Override
    public List<ConsentAnswer> answers(long childId) {
        return db.dsl().selectFrom(CONSENT_ANSWER).where(CONSENT_ANSWER.CHILD_ID.eq(childId))
                .orderBy(CONSENT_ANSWER.ANSWERED_AT, CONSENT_ANSWER.QUESTION_CODE, CONSENT_ANSWER.VERSION)
                .fetch(JooqHouseholdRepository::toAnswer);
    }

    private static ConsentAnswer toAnswer(fr.portailfamille.persistence.schema.tables.records.ConsentAnswerRecord r) {
        return new ConsentAnswer(r.getChildId(), r.getQuestionCode(), r.getVersion(), r.getGranted(), instant(r.getAnsweredAt()), r.getAnsweredBy());
    }

    @Override
    public void saveAnswer(ConsentAnswer a) {
        db.dsl().insertInto(CONSENT_ANSWER)
                .set(CONSENT_ANSWER.CHILD_ID, a.childId()).set(CONSENT_ANSWER.QUESTION_CODE, a.questionCode())
                .set(CONSENT_ANSWER.VERSION, a.version()).set(CONSENT_ANSWER.GRANTED, a.granted())
                .set(CONSENT_ANSWER.ANSWERED_AT, utc(a.answeredAt())).set(CONSENT_ANSWER.ANSWERED_BY, a.answeredBy())
                .onConflict(CONSENT_ANSWER.CHILD_ID, CONSENT_ANSWER.QUESTION_CODE, CONSENT_ANSWER.VERSION).doUpdate()
                .set(CONSENT_ANSWER.GRANTED, a.granted()).set(CONSENT_ANSWER.ANSWERED_AT, utc(a.answeredAt()))
                .set(CONSENT_ANSWER.ANSWERED_BY, a.answeredBy())
                .execute();
        db.dsl().insertInto(CONSENT_CHANGE)
                .set(CONSENT_CHANGE.CHILD_ID, a.childId()).set(CONSENT_CHANGE.QUESTION_CODE, a.questionCode())
                .set(CONSENT_CHANGE.VERSION, a.version()).set(CONSENT_CHANGE.GRANTED, a.granted())
                .set(CONSENT_CHANGE.CHANGED_AT, utc(a.answeredAt())).set(CONSENT_CHANGE.CHANGED_BY, a.answeredBy())
                .execute();
    }

    @Override
    public List<ConsentAnswer> consentHistory(long childId) {
        return db.dsl().selectFrom(CONSENT_CHANGE).where(CONSENT_CHANGE.CHILD_ID.eq(childId)).orderBy(CONSENT_CHANGE.ID)
                .fetch(r -> new ConsentAnswer(r.getChildId(), r.getQuestionCode(), r.getVersion(), r.getGranted(), instant(r.getChangedAt()),
                        r.getChangedBy()));
    }
}
