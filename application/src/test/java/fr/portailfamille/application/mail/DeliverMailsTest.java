package fr.portailfamille.application.mail;

import fr.portailfamille.application.common.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliverMailsTest {

    private final RecordingMailTransport transport = new RecordingMailTransport();
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox(clock);
    private final DeliverMails deliver = new DeliverMails(outbox, transport, new InMemoryTransactions(outbox), clock);

    @Test
    void delivers_each_pending_mail_once() {
        outbox.enqueue(MailOutboxContract.mail("a@exemple.fr"));
        outbox.enqueue(MailOutboxContract.mail("b@exemple.fr"));
        assertEquals(2, deliver.deliverDue(10));
        assertEquals(0, deliver.deliverDue(10));
        assertEquals(2, transport.delivered.size());
        assertEquals("recording", outbox.latest(1).getFirst().deliveredVia());
    }

    @Test
    void retries_a_refused_mail_after_its_back_off() {
        outbox.enqueue(MailOutboxContract.mail("a@exemple.fr"));
        transport.refuseNext(1);
        assertEquals(0, deliver.deliverDue(10));
        assertEquals(QueuedMail.Status.PENDING, outbox.latest(1).getFirst().status());
        now = now.plusSeconds(30);
        assertEquals(0, deliver.deliverDue(10), "too early: the first retry waits one minute");
        now = now.plusSeconds(31);
        assertEquals(1, deliver.deliverDue(10));
    }

    @Test
    void gives_up_after_the_last_attempt() {
        outbox.enqueue(MailOutboxContract.mail("a@exemple.fr"));
        transport.refuseNext(100);
        for (int i = 0; i < DeliverMails.MAX_ATTEMPTS + 2; i++) {
            deliver.deliverDue(10);
            now = now.plus(Duration.ofHours(2));
        }
        assertEquals(QueuedMail.Status.FAILED, outbox.latest(1).getFirst().status());
        assertEquals(DeliverMails.MAX_ATTEMPTS, outbox.latest(1).getFirst().attempts());
    }

    @Test
    void back_off_doubles_from_one_minute_and_stops_at_one_hour() {
        assertEquals(Duration.ofMinutes(1), DeliverMails.backoff(1));
        assertEquals(Duration.ofMinutes(2), DeliverMails.backoff(2));
        assertEquals(Duration.ofMinutes(32), DeliverMails.backoff(6));
        assertEquals(Duration.ofHours(1), DeliverMails.backoff(7));
        assertEquals(Duration.ofHours(1), DeliverMails.backoff(30));
    }
}
