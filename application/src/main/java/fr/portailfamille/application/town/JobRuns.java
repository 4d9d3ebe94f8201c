package fr.portailfamille.application.town;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The last round of each scheduled job of this portal process (mail delivery, purges, reminders…), for the admins'
 * «État du portail»: a job that stopped succeeding shows there before families notice. Kept in memory: a restart
 * starts the list again, and each process of a multi-process portal shows its own.
 */
public final class JobRuns {

    /**
     * @param finishedAt when the last finished round ended (null before the first); before {@code startedAt} while a
     *                   new round runs
     * @param succeeded  whether the last finished round ended without an error
     */
    public record Run(String job, Instant startedAt, Instant finishedAt, boolean succeeded) {

        public boolean running() {
            return finishedAt == null || finishedAt.isBefore(startedAt);
        }
    }

    private final Map<String, Run> last = new ConcurrentSkipListMap<>();
    private final Clock clock;

    public JobRuns(Clock clock) {
        this.clock = clock;
    }

    /** Runs one round of {@code job}, recording when it started, ended and whether it threw; what it threw goes on. */
    public void round(String job, Runnable work) {
        var started = clock.instant();
        last.compute(job, (name, before) -> new Run(name, started, before == null ? null : before.finishedAt(), before != null && before.succeeded()));
        boolean succeeded = false;
        try {
            work.run();
            succeeded = true;
        } finally {
            last.put(job, new Run(job, started, clock.instant(), succeeded));
        }
    }

    /** Alphabetical by job. */
    public List<Run> last() {
        return List.copyOf(last.values());
    }
}
