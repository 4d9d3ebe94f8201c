package fr.portailfamille.persistence.workload;

import fr.portailfamille.application.workload.Workload;
import fr.portailfamille.application.workload.port.WorkloadQueries;
import fr.portailfamille.persistence.Db;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;

/** The agents' home page in two statements: the slots of the days asked with their waiting lists, then every count at once. */
public final class JooqWorkloadQueries implements WorkloadQueries {

    private final Db db;

    public JooqWorkloadQueries(Db db) {
        this.db = db;
    }

    @Override
    public List<Workload.SlotLoad> slots(LocalDate from, LocalDate to) {
        return db.dsl().resultQuery("""
                        SELECT s.day, a.id, a.name, s.booked, s.capacity, s.closed, s.waiting
                        FROM slot s JOIN activity a ON a.id = s.activity_id
                        WHERE s.day BETWEEN ? AND ?
                        ORDER BY a.name, a.id, s.day""", from, to)
                .fetch(r -> new Workload.SlotLoad(r.get(0, LocalDate.class), new Workload.Occupancy(r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, Integer.class), r.get(4, Integer.class), r.get(6, Integer.class), r.get(5, Boolean.class))));
    }

    @Override
    public Workload.Counts counts(LocalDate today) {
        var r = db.dsl().resultQuery("""
                SELECT (SELECT count(*) FROM supporting_document WHERE status = 'PENDING'),
                       (SELECT count(*) FROM enrolment WHERE status = 'PENDING'),
                       (SELECT count(*) FROM medical_absence WHERE status = 'PENDING'),
                       (SELECT count(*) FROM demarche WHERE status = 'SUBMITTED'),
                       (SELECT count(*) FROM message_thread WHERE open AND unread_by_town),
                       (SELECT count(*) FROM invoice WHERE status = 'TO_PAY' AND due_on < ?)""", DSL.val(today)).fetchOne();
        return new Workload.Counts(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Integer.class), r.get(3, Integer.class),
                r.get(4, Integer.class), r.get(5, Integer.class));
    }
}
