package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.port.TokenRepository;
import fr.portailfamille.application.accounts.TokenRepositoryContract;
import fr.portailfamille.domain.accounts.TokenPurpose;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JooqTokenRepositoryTest extends TokenRepositoryContract {

    // once per test: every call to repository() and accounts() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected TokenRepository repository() {
        return new JooqTokenRepository(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }

    @Test
    void sixteen_simultaneous_clicks_on_one_link_succeed_exactly_once() throws Exception {
        var tokens = repository();
        int threads = 16;
        // several rounds: one lucky interleaving must not hide a read-then-write race
        for (int round = 0; round < 5; round++) {
            var token = token("lien-" + round, TokenPurpose.ACTIVATION, alice);
            tokens.save(token);
            var barrier = new CyclicBarrier(threads);
            var results = new ArrayList<Future<Boolean>>();
            try (var pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    int click = t;
                    results.add(pool.submit(() -> {
                        barrier.await();
                        return tokens.markUsed(token.hash(), T0.plusMillis(click));
                    }));
                }
            }
            int successes = 0;
            for (var result : results) if (result.get()) successes++;
            assertEquals(1, successes, "round " + round);
            assertTrue(tokens.findByHash(token.hash()).orElseThrow().isUsed());
        }
    }
}
