package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link JobLocks} adapter promises. Two instances stand for two portal processes on one database. */
public abstract class JobLocksContract {

    /** Two lock holders as two processes would have them (sharing whatever the processes share). */
    protected abstract JobLocks firstProcess();

    protected abstract JobLocks secondProcess();

    @Test
    void whileOneProcessRunsAJobTheOtherSkipsItsRound() throws Exception {
        var first = firstProcess();
        var second = secondProcess();
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var rounds = new AtomicInteger();
        var running = CompletableFuture.supplyAsync(() -> first.runAlone("purge", () -> {
            rounds.incrementAndGet();
            started.countDown();
            await(finish);
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        assertFalse(second.runAlone("purge", rounds::incrementAndGet), "the second process skips");
        assertFalse(first.runAlone("purge", rounds::incrementAndGet), "another thread of the same process skips too");
        assertTrue(second.runAlone("reconciliation", () -> { }), "another job is not held up");

        finish.countDown();
        assertTrue(running.get(10, TimeUnit.SECONDS));
        assertEquals(1, rounds.get());
        assertTrue(second.runAlone("purge", rounds::incrementAndGet), "once over, the job runs again anywhere");
        assertEquals(2, rounds.get());
    }

    @Test
    void aFailingRoundReleasesTheJob() {
        var first = firstProcess();
        assertThrows(IllegalStateException.class, () -> first.runAlone("purge", () -> {
            throw new IllegalStateException("panne");
        }));
        assertTrue(secondProcess().runAlone("purge", () -> { }));
    }

    @Test
    void twoProcessesHammeringTheSameJobNeverOverlap() throws Exception {
        var processes = new JobLocks[]{firstProcess(), secondProcess()};
        var inside = new AtomicInteger();
        var overlaps = new AtomicInteger();
        var ran = new AtomicInteger();
        var rounds = new java.util.ArrayList<CompletableFuture<Void>>();
        var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < 40; i++) {
            var locks = processes[i % 2];
            rounds.add(CompletableFuture.runAsync(() -> locks.runAlone("reconciliation", () -> {
                if (inside.incrementAndGet() > 1) overlaps.incrementAndGet();
                ran.incrementAndGet();
                sleep(2);
                inside.decrementAndGet();
            }), threads));
        }
        CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        threads.close();
        assertEquals(0, overlaps.get());
        assertTrue(ran.get() >= 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
