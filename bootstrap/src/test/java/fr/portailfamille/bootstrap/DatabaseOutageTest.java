package fr.portailfamille.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.ConnectionPool;
import fr.portailfamille.persistence.DatabaseUrl;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.portailfamille.persistence.schema.Tables.MESSAGE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_THREAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stops under load and comes back on the same address: meanwhile every page is a French 503 (never a
 * stack trace nor a 500), {@code /health} says DOWN then UP, nothing is half written, and the same portal process
 * serves again once the database is back.
 */
class DatabaseOutageTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = TestPortal.runningClock();

    record Answer(String subject, int status, String body) {
    }

    @TempDir
    Path dir;

    EmbeddedPostgres postgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
    }

    @Test
    void the_portal_answers_503_in_french_while_the_database_is_down_and_recovers_by_itself() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var postgres = postgres(port);
        HikariDataSource pool = ConnectionPool.open(new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), null, null), 8);
        // the production timeout is 10 s; the test waits less for each refused connection
        pool.setConnectionTimeout(1_500);
        Portal portal = null;
        try {
            Migrations.migrate(pool);
            var db = new Db(pool);
            var config = new PortalConfig(Optional.empty(), dir.resolve("data"), 0, "http://localhost", true);
            DemoData.seedIfEmpty(db, config, CLOCK);
            portal = Portal.start(config, db, new DevelopmentMailbox(), 0, CLOCK);
            int web = portal.port();
            assertEquals(200, health(web), "UP before");

            var answers = new ConcurrentLinkedQueue<Answer>();
            var stop = new AtomicBoolean();
            var counter = new AtomicInteger();
            var clients = new ArrayList<WebClient>();
            for (int i = 0; i < 3; i++) clients.add(WebClient.signedIn(web, "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026"));
            List<Future<?>> load = new ArrayList<>();
            try (var users = Executors.newFixedThreadPool(3)) {
                for (var client : clients) {
                    load.add(users.submit(() -> {
                        while (!stop.get()) {
                            String subject = "Message " + counter.incrementAndGet();
                            var form = client.get("/messagerie/nouveau");
                            if (form.status() != 200) {
                                answers.add(new Answer(null, form.status(), form.body()));
                                continue;
                            }
                            var sent = client.postFile("/messagerie/nouveau", Map.of("service", "REGIE", "subject", subject, "text", "Bonjour"),
                                    "unused", "", new byte[0]);
                            answers.add(new Answer(subject, sent.status(), sent.body()));
                        }
                        return null;
                    }));
                }
                Thread.sleep(1_000);
                postgres.close();
                long stoppedAt = System.nanoTime();
                int downHealth = health(web);
                Thread.sleep(2_000);
                int answeredBefore = answers.size();
                postgres = postgres(port);
                long restartedAt = System.nanoTime();
                // the same portal serves again: wait for a message to go through after the restart
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline && answers.stream().skip(answeredBefore).noneMatch(a -> a.subject() != null && a.status() == 200)) {
                    Thread.sleep(100);
                }
                Thread.sleep(500);
                stop.set(true);
                for (var f : load) f.get();
                assertEquals(503, downHealth, "/health says DOWN while the database is stopped");
                System.out.printf("database down %d ms, %d answers%n", (restartedAt - stoppedAt) / 1_000_000, answers.size());
            }
            assertEquals(200, health(web), "UP after, without restarting the portal");

            var refused = answers.stream().filter(a -> a.status() != 200).toList();
            assertFalse(refused.isEmpty(), "some requests met the stopped database");
            for (var a : refused) {
                assertEquals(503, a.status(), "only 503 while the database is down: " + a.body());
                assertTrue(a.body().contains("Portail momentanément indisponible") && a.body().contains("réessayez dans quelques instants"), a.body());
                assertFalse(a.body().contains("Exception") || a.body().contains("at fr.") || a.body().contains("org.jooq"), a.body());
            }
            var ok = answers.stream().filter(a -> a.subject() != null && a.status() == 200).toList();
            assertTrue(answers.stream().skip(answers.size() / 2).anyMatch(a -> a.status() == 200), "served again after the restart");

            // nothing half written: every thread has its first message; every message answered 200 is there once
            var dsl = new Db(pool).dsl();
            assertEquals(0, dsl.fetchCount(MESSAGE_THREAD, MESSAGE_THREAD.ID.notIn(dsl.select(MESSAGE.THREAD_ID).from(MESSAGE))),
                    "no thread without its message");
            for (var a : ok) assertEquals(1, dsl.fetchCount(MESSAGE_THREAD, MESSAGE_THREAD.SUBJECT.eq(a.subject())), a.subject());
        } finally {
            if (portal != null) portal.close();
            pool.close();
            postgres.close();
        }
    }

    static int health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
