package fr.portailfamille.application.workload.port;

import fr.portailfamille.application.workload.*;
import java.time.LocalDate;
import java.util.List;

/**
 * Out-port: the read model of the agents' home page. It reads across every area in a few set-based statements (a
 * page agents open all day must not send one query per activity, per day or per family).
 */
public interface WorkloadQueries {

    /** Every activity's slots from {@code from} to {@code to} (inclusive), ordered by activity name then day. */
    List<Workload.SlotLoad> slots(LocalDate from, LocalDate to);

    /** The work waiting; invoices count as overdue when still to pay with a due date before {@code today}. */
    Workload.Counts counts(LocalDate today);
}
