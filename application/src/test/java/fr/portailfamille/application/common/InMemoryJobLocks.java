package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One process's view: the jobs running now, by name. Share one instance to stand for several processes. */
public final class InMemoryJobLocks implements JobLocks {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Override
    public boolean runAlone(String job, Runnable round) {
        if (!running.add(job)) return false;
        try {
            round.run();
            return true;
        } finally {
            running.remove(job);
        }
    }
}
