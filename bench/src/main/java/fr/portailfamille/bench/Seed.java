package fr.portailfamille.bench;

import fr.portailfamille.bootstrap.security.Argon2idPasswordHasher;
import fr.portailfamille.persistence.Db;

import java.time.LocalDate;
import java.util.List;

/**
 * The bench's families, written set-based next to the demo town (its calendar, activities, CGU, dossier rules): each
 * one a parent account (real Argon2id hash of {@link #PASSWORD}, computed once and shared, CGU accepted), a household,
 * children whose dossier is complete (health sheet, vaccinations, contacts, consents and justificatifs copied from
 * the demo's complete child) and accepted enrolments in every activity.
 */
final class Seed {

    static final String PASSWORD = "Rentree-2026-bench";
    /** Login ids of the bench parents: FIRST_LOGIN + 1 … FIRST_LOGIN + n. */
    static final int FIRST_LOGIN = 500_000;

    record Household(int index, int loginId, long householdId, long childId) {
    }

    private final Db db;

    Seed(Db db) {
        this.db = db;
    }

    /** Adds households {@code from + 1 … from + count} (one child each) and returns them in order. */
    List<Household> households(int from, int count) {
        String hash = new Argon2idPasswordHasher().hash(PASSWORD);
        long template = templateChild();
        db.run(() -> {
            var sql = db.dsl();
            sql.execute("""
                    INSERT INTO account (login_id, email, last_name, first_names, role, status, password_hash, created_at, activated_at,
                                         accepted_terms_version)
                    SELECT ? + g, 'parent' || g || '@bench.example', 'BENCH', 'Parent ' || g, 'PARENT', 'ACTIVE', ?, now(), now(),
                           (SELECT coalesce(max(version), 0) FROM terms_version)
                    FROM generate_series(? + 1, ? + ?) g""", FIRST_LOGIN, hash, from, from, count);
            sql.execute("""
                    INSERT INTO terms_acceptance (account_id, version, accepted_at)
                    SELECT a.id, a.accepted_terms_version, now() FROM account a
                    WHERE a.login_id BETWEEN ? + ? + 1 AND ? + ? + ? AND a.accepted_terms_version > 0""",
                    FIRST_LOGIN, from, FIRST_LOGIN, from, count);
            sql.execute("INSERT INTO household (name, postal_address) SELECT 'BENCH ' || g, '1 rue du Banc' FROM generate_series(? + 1, ? + ?) g",
                    from, from, count);
            sql.execute("""
                    INSERT INTO household_account (account_id, household_id)
                    SELECT a.id, h.id FROM account a JOIN household h ON h.name = 'BENCH ' || (a.login_id - ?)
                    WHERE a.login_id BETWEEN ? + ? + 1 AND ? + ? + ?""", FIRST_LOGIN, FIRST_LOGIN, from, FIRST_LOGIN, from, count);
            sql.execute("""
                    INSERT INTO child (household_id, last_name, first_names, birth_date, school, level)
                    SELECT h.id, 'BENCH', 'Enfant ' || substr(h.name, 7), DATE '2018-05-01', '', 'CE1' FROM household h
                    WHERE h.name LIKE 'BENCH %' AND NOT EXISTS (SELECT 1 FROM child c WHERE c.household_id = h.id) ORDER BY h.id""");
            completeDossiers(template);
        });
        return db.dsl().fetch("""
                        SELECT a.login_id, h.id AS household, c.id AS child FROM account a
                        JOIN household_account ha ON ha.account_id = a.id JOIN household h ON h.id = ha.household_id
                        JOIN child c ON c.household_id = h.id
                        WHERE a.login_id BETWEEN ? + ? + 1 AND ? + ? + ? ORDER BY a.login_id, c.id""", FIRST_LOGIN, from, FIRST_LOGIN, from, count)
                .map(r -> new Household(r.get(0, Integer.class) - FIRST_LOGIN, r.get(0, Integer.class), r.get(1, Long.class), r.get(2, Long.class)));
    }

    /** A second child in a household (P3's «2 children»), complete and enrolled like the first. */
    long secondChild(long householdId) {
        long template = templateChild();
        return db.inTransaction(() -> {
            long id = db.dsl().fetchOne("""
                    INSERT INTO child (household_id, last_name, first_names, birth_date, school, level)
                    VALUES (?, 'BENCH', 'Cadet', DATE '2020-03-01', '', 'CP') RETURNING id""", householdId).get(0, Long.class);
            completeDossiers(template);
            return id;
        });
    }

    /** Copies the template child's dossier to every bench child that has none yet; enrols them everywhere. */
    private void completeDossiers(long template) {
        var sql = db.dsl();
        String fresh = "c.last_name = 'BENCH' AND NOT EXISTS (SELECT 1 FROM health_record x WHERE x.child_id = c.id)";
        sql.execute("""
                INSERT INTO vaccination (child_id, vaccine, last_injection)
                SELECT c.id, v.vaccine, v.last_injection FROM child c CROSS JOIN vaccination v WHERE v.child_id = ? AND\s""" + fresh, template);
        sql.execute("""
                INSERT INTO authorised_contact (child_id, rank, name, relationship, phone, emergency, may_collect)
                SELECT c.id, t.rank, t.name, t.relationship, t.phone, t.emergency, t.may_collect
                FROM child c CROSS JOIN authorised_contact t WHERE t.child_id = ? AND\s""" + fresh, template);
        sql.execute("""
                INSERT INTO consent_answer (child_id, question_code, version, granted, answered_at, answered_by)
                SELECT c.id, t.question_code, t.version, t.granted, t.answered_at, t.answered_by
                FROM child c CROSS JOIN consent_answer t WHERE t.child_id = ? AND\s""" + fresh, template);
        // justificatifs: the household's (child_id null) and the child's own, as the demo family's were validated
        sql.execute("""
                INSERT INTO supporting_document (household_id, child_id, type_code, file_name, file_type, size, sha256, sent_at, sent_by,
                                                 valid_until, status, reviewed_at, reviewed_by, from_town)
                SELECT c.household_id, CASE WHEN d.child_id IS NULL THEN NULL ELSE c.id END, d.type_code, d.file_name, d.file_type, d.size,
                       d.sha256, d.sent_at, d.sent_by, d.valid_until, d.status, d.reviewed_at, d.reviewed_by, d.from_town
                FROM child c CROSS JOIN supporting_document d
                WHERE d.household_id = (SELECT household_id FROM child WHERE id = ?) AND (d.child_id IS NULL OR d.child_id = ?)
                  AND d.status = 'VALIDATED' AND NOT d.from_town
                  AND (d.child_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM supporting_document o WHERE o.household_id = c.household_id))
                  AND\s""" + fresh, template, template);
        sql.execute("""
                INSERT INTO enrolment (child_id, activity_id, start_year, status, requested_at, decided_at)
                SELECT c.id, a.id, a.start_year, 'ACCEPTED', now(), now() FROM child c CROSS JOIN activity a WHERE\s""" + fresh);
        // last: the health sheet marks the child as done
        sql.execute("""
                INSERT INTO health_record (child_id, doctor_name, doctor_phone, drug_allergies, drug_allergy_detail, other_allergies,
                                           recommendations, illnesses, blood_group)
                SELECT c.id, t.doctor_name, t.doctor_phone, t.drug_allergies, t.drug_allergy_detail, t.other_allergies, t.recommendations,
                       t.illnesses, t.blood_group FROM child c CROSS JOIN health_record t WHERE t.child_id = ? AND\s""" + fresh, template);
    }

    /** The demo's child with a complete health sheet and the most justificatifs: its dossier is the model. */
    private long templateChild() {
        return db.dsl().fetchOne("""
                SELECT c.id FROM child c JOIN health_record h ON h.child_id = c.id
                WHERE c.last_name <> 'BENCH' AND h.blood_group IS NOT NULL
                ORDER BY (SELECT count(*) FROM supporting_document d WHERE d.household_id = c.household_id) DESC, c.id LIMIT 1""")
                .get(0, Long.class);
    }

    long activity(String kind) {
        return db.dsl().fetchOne("SELECT id FROM activity WHERE kind = ?::activity_kind ORDER BY id LIMIT 1", kind).get(0, Long.class);
    }

    /** Five days of one activity a parent books in one «Soumettre». */
    record DaySet(long activity, List<LocalDate> days) {
    }

    /**
     * Sets of {@code size} open days of one activity from {@code from} on, none shared between two sets: the holiday
     * centre's first (the rush's own activity), then the mornings', evenings' and canteen's. Each phase books its own.
     */
    java.util.Deque<DaySet> daySets(LocalDate from, int size) {
        var rows = db.dsl().fetch("""
                SELECT s.activity_id, s.day FROM slot s JOIN activity a ON a.id = s.activity_id
                WHERE NOT s.closed AND s.day >= ? AND a.kind IN ('VACANCES', 'ACCUEIL_MATIN', 'ACCUEIL_SOIR', 'RESTAURATION_SCOLAIRE')
                ORDER BY a.kind <> 'VACANCES', a.kind, s.activity_id, s.day""", from);
        var sets = new java.util.ArrayDeque<DaySet>();
        var days = new java.util.ArrayList<LocalDate>();
        long activity = -1;
        for (var r : rows) {
            long a = r.get(0, Long.class);
            if (a != activity) {
                days.clear();
                activity = a;
            }
            days.add(r.get(1, LocalDate.class));
            if (days.size() == size) {
                sets.add(new DaySet(activity, List.copyOf(days)));
                days.clear();
            }
        }
        return sets;
    }

    /** Places on these days of the activity (the slots exist already: activities create theirs). */
    void capacity(long activityId, List<LocalDate> days, int places) {
        for (LocalDate day : days) {
            int changed = db.dsl().execute("UPDATE slot SET capacity = ? WHERE activity_id = ? AND day = ?", places, activityId, day);
            if (changed != 1) throw new IllegalStateException("no slot of activity " + activityId + " on " + day);
        }
    }
}
