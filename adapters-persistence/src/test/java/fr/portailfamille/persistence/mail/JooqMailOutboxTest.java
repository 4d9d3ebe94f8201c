package fr.portailfamille.persistence.mail;

import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.mail.MailOutboxContract;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JooqMailOutboxTest extends MailOutboxContract {

    private Db db;

    @Override
    protected MailOutbox outbox() {
        db = TestDatabase.fresh();
        return new JooqMailOutbox(db, QUEUED_AT);
    }

    @Override
    protected Transactions transactions() {
        return db;
    }

    @Test
    void concurrent_workers_never_claim_the_same_mail() throws Exception {
        var outbox = outbox();
        for (int i = 0; i < 200; i++) outbox.enqueue(new OutgoingMail(i + "@exemple.fr", "m@exemple.fr", "s", "t", "<p>t</p>"));
        var claimed = ConcurrentHashMap.<Long>newKeySet();
        var duplicates = ConcurrentHashMap.<Long>newKeySet();
        var start = new CountDownLatch(1);
        var now = NOW;
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int w = 0; w < 8; w++) {
                pool.submit(() -> {
                    start.await();
                    List<Long> mine;
                    do {
                        mine = db.inTransaction(() -> outbox.claimDue(now, 7)).stream().map(m -> m.id()).toList();
                        mine.forEach(id -> { if (!claimed.add(id)) duplicates.add(id); });
                    } while (!mine.isEmpty());
                    return null;
                });
            }
            start.countDown();
        }
        assertEquals(200, claimed.size());
        assertEquals(0, duplicates.size());
    }
}
