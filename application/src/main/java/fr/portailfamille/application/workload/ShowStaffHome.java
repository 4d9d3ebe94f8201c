package fr.portailfamille.application.workload;

import fr.portailfamille.application.workload.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The agents' home page: today's and this week's bookings per activity, and the work waiting (two reads). */
public final class ShowStaffHome {

    private final WorkloadQueries queries;
    private final Clock clock;

    public ShowStaffHome(WorkloadQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Workload show(Actor agent) {
        agent.requireStaff();
        LocalDate today = LocalDate.now(clock.withZone(TownZone.ZONE));
        // on a Saturday or a Sunday the week that matters is the coming one
        LocalDate monday = today.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                ? today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY))
                : today.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        LocalDate from = today.isBefore(monday) ? today : monday;
        var slots = queries.slots(from, sunday);
        var todays = new ArrayList<Workload.Occupancy>();
        var week = new LinkedHashMap<Long, Workload.Occupancy>();
        for (var slot : slots) {
            if (slot.day().equals(today)) todays.add(slot.occupancy());
            if (!slot.day().isBefore(monday)) week.merge(slot.occupancy().activityId(), slot.occupancy(), Workload.Occupancy::plus);
        }
        var counts = queries.counts(today);
        return new Workload(today, monday, sunday, todays, List.copyOf(week.values()), counts.documentsToReview(), counts.enrolmentsToDecide(),
                counts.absencesToDecide(), counts.demarchesWaiting(), counts.threadsUnanswered(), counts.invoicesOverdue());
    }
}
