package fr.portailfamille.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SMTP relay is down for a while, then back: the outbox keeps every mail, retries with a growing delay (not at
 * every round of the worker), and once the relay answers again every mail arrives exactly once — also with two
 * portal instances delivering at the same time.
 */
class SmtpOutageTest {

    static final int MAILS = 30;

    @Test
    void every_mail_is_delivered_once_after_the_relay_comes_back() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Db db = TestDatabase.fresh();
        var clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
        var outbox = new JooqMailOutbox(db, clock);
        var settings = new SmtpSettings("127.0.0.1", port, null, null, false);
        // two portal instances on one database, each with its worker
        var first = new DeliverMails(outbox, new SmtpMailTransport(settings), db, clock);
        var second = new DeliverMails(outbox, new SmtpMailTransport(settings), db, clock);
        for (int i = 1; i <= MAILS; i++) {
            outbox.enqueue(new OutgoingMail("famille" + i + "@exemple.fr", "portail@beaulieu.example", "Réservation n° " + i, "Texte " + i,
                    "<p>Texte " + i + "</p>"));
        }

        // the relay is down: nothing is lost, the next attempt waits a minute
        assertEquals(0, first.deliverDue(50));
        assertEquals(MAILS, pendingWith(db, 1));
        assertEquals(Duration.ofMinutes(1), nextAttemptDelay(db, clock));
        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, first.deliverDue(50) + second.deliverDue(50));
        assertEquals(MAILS, pendingWith(db, 1), "no attempt before the back-off is over");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, first.deliverDue(50));
        assertEquals(MAILS, pendingWith(db, 2));
        assertEquals(Duration.ofMinutes(2), nextAttemptDelay(db, clock), "the delay doubles");

        // the relay is back (same address): both workers deliver what is due
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            clock.advance(Duration.ofMinutes(2));
            List<Future<Integer>> rounds = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (var worker : List.of(first, second)) {
                    rounds.add(pool.submit(() -> {
                        int sent = 0;
                        for (int i = 0; i < 10; i++) sent += worker.deliverDue(4);
                        return sent;
                    }));
                }
                int sent = 0;
                for (var round : rounds) sent += round.get();
                assertEquals(MAILS, sent);
            }
            assertTrue(greenMail.waitForIncomingEmail(10_000, MAILS));
            Map<String, Long> copies = new java.util.TreeMap<>();
            for (MimeMessage message : greenMail.getReceivedMessages()) copies.merge(message.getSubject(), 1L, Long::sum);
            assertEquals(MAILS, copies.size(), "every mail arrived: " + copies.keySet());
            assertTrue(copies.values().stream().allMatch(n -> n == 1), "each exactly once: " + copies);
            assertEquals(MAILS, db.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(fr.portailfamille.persistence.schema.enums.MailStatus.SENT)));
        } finally {
            greenMail.stop();
        }
    }

    static int pendingWith(Db db, int attempts) {
        return db.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(fr.portailfamille.persistence.schema.enums.MailStatus.PENDING),
                MAIL_OUTBOX.ATTEMPTS.eq(attempts));
    }

    /** The one delay after which every mail will be tried again. */
    static Duration nextAttemptDelay(Db db, MutableClock clock) {
        var next = db.dsl().selectDistinct(MAIL_OUTBOX.NEXT_ATTEMPT_AT).from(MAIL_OUTBOX).fetch(MAIL_OUTBOX.NEXT_ATTEMPT_AT);
        assertEquals(1, next.size(), "one retry time: " + next);
        return Duration.between(clock.instant(), next.getFirst().toInstant());
    }
}
