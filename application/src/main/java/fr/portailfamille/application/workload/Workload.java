package fr.portailfamille.application.workload;

import java.time.LocalDate;
import java.util.List;

/**
 * What waits for the town's agents when they open the portal: the bookings of today and of this week per activity
 * (places taken, places offered, children waiting) and the work to do, each a number that links to its page.
 *
 * @param today             each activity running today
 * @param week              each activity over the week, its days added up
 * @param documentsToReview justificatifs sent and not yet validated or refused
 * @param enrolmentsToDecide enrolment requests waiting for a decision
 * @param absencesToDecide  medical absences declared and not yet decided
 * @param demarchesWaiting  démarches sent and waiting for validation
 * @param threadsUnanswered open threads whose last message is the family's
 * @param invoicesOverdue   invoices still to pay after their date
 */
public record Workload(LocalDate day, LocalDate weekFrom, LocalDate weekTo, List<Occupancy> today, List<Occupancy> week,
                       int documentsToReview, int enrolmentsToDecide, int absencesToDecide, int demarchesWaiting,
                       int threadsUnanswered, int invoicesOverdue) {

    public Workload {
        today = List.copyOf(today);
        week = List.copyOf(week);
    }

    /** An activity's places on a day (or added up over days): {@code booked} of {@code capacity}, {@code waiting} on the list. */
    public record Occupancy(long activityId, String activityName, int booked, int capacity, int waiting, boolean closed) {

        /** Places taken, in per cent of the places offered (0 when none is offered). */
        public int percent() {
            return capacity == 0 ? 0 : Math.round(100f * booked / capacity);
        }

        Occupancy plus(Occupancy other) {
            return new Occupancy(activityId, activityName, booked + other.booked, capacity + other.capacity, waiting + other.waiting,
                    closed && other.closed);
        }
    }

    /** One activity on one day, as the read model returns it. */
    public record SlotLoad(LocalDate day, Occupancy occupancy) {
    }

    /** The counts of work to do, read together. */
    public record Counts(int documentsToReview, int enrolmentsToDecide, int absencesToDecide, int demarchesWaiting,
                         int threadsUnanswered, int invoicesOverdue) {
    }
}
