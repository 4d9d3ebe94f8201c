package fr.portailfamille.application.common.port;

/**
 * Out-port for scheduled jobs when several portal processes share one database: a job round runs in one process
 * at a time; a process finding the job already running elsewhere skips its round (the next one comes soon enough).
 */
public interface JobLocks {

    /** Runs {@code round} unless another process (or thread) is running the job {@code job} right now. @return whether it ran */
    boolean runAlone(String job, Runnable round);
}
