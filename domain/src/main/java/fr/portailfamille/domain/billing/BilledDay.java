package fr.portailfamille.domain.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of one child at one activity, counted in the quantity of a final invoice's line. A day is billed at most
 * once, whatever the number of runs of its month: the next run of the month (a complementary one) leaves it out.
 *
 * @param activityId the activity the day was booked at; 0 when the usage does not come from a stored activity
 */
public record BilledDay(long childId, long activityId, LocalDate day) {

    public BilledDay {
        if (activityId < 0) throw new IllegalArgumentException("activityId");
        Objects.requireNonNull(day, "day");
    }
}
