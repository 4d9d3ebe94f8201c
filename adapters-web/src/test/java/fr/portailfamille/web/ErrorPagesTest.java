package fr.portailfamille.web;

import fr.portailfamille.application.common.DatabaseUnavailable;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.application.town.port.TownRepository;
import fr.portailfamille.domain.town.Town;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The last-resort error pages: the application's {@link DatabaseUnavailable} (whatever the store's technology) is the
 * French 503 page, and an error page that cannot itself be rendered still answers in French and leaves a log line.
 */
@RoutingTest
class ErrorPagesTest {

    /** When set, the town cannot be read: every page's layout fails, the error page's too. */
    static final AtomicBoolean TOWN_BROKEN = new AtomicBoolean();

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    private final Http1Client client;
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    ErrorPagesTest(DirectClient client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder builder) {
        TownRepository towns = new TownRepository() {
            @Override
            public Optional<Town> find() {
                if (TOWN_BROKEN.get()) throw new IllegalStateException("town settings unreadable");
                return Optional.of(PortalWebRoutingTest.TOWN);
            }

            @Override
            public void save(Town town) {
                throw new UnsupportedOperationException();
            }
        };
        List<PortalWeb.Area> areas = List.of((table, pages) -> {
            table.get("/essai/base-injoignable", Access.PUBLIC, ex -> {
                throw new IllegalStateException("wrapped by a layer", new DatabaseUnavailable("connection refused", null));
            });
            table.get("/essai/panne", Access.PUBLIC, ex -> {
                throw new IllegalStateException("a bug");
            });
        });
        new PortalWeb(new PortalWeb.Settings(true, false), new CurrentTown(towns), VisitorSource.NOBODY, () -> true, areas).routing(builder);
    }

    @BeforeEach
    void listen() {
        TOWN_BROKEN.set(false);
        LOG.addHandler(handler);
    }

    @AfterEach
    void stop() {
        LOG.removeHandler(handler);
        TOWN_BROKEN.set(false);
    }

    @Test
    void an_unreachable_database_is_the_french_503_page_with_retry_after_and_one_warning() {
        try (var res = client.get("/essai/base-injoignable").request()) {
            assertEquals(503, res.status().code());
            assertEquals("30", res.headers().get(HeaderNames.RETRY_AFTER).get());
            String body = res.as(String.class);
            assertTrue(body.contains("Portail momentanément indisponible") && body.contains("lang=\"fr\""), body);
            assertFalse(body.contains("Exception") || body.contains("connection refused"), body);
        }
        assertEquals(1, logged.stream().filter(r -> r.getLevel() == Level.WARNING && r.getMessage().startsWith("Database unavailable")).count());
    }

    @Test
    void an_error_page_that_cannot_be_rendered_answers_a_bare_french_page_and_logs_why() {
        TOWN_BROKEN.set(true);
        try (var res = client.get("/essai/panne").request()) {
            assertEquals(500, res.status().code());
            String body = res.as(String.class);
            assertTrue(body.contains("Le portail est momentanément indisponible") && body.contains("lang=\"fr\""), body);
        }
        var renderingFailure = logged.stream().filter(r -> r.getMessage().startsWith("Error page ")).toList();
        assertEquals(1, renderingFailure.size(), "the rendering failure is logged");
        assertEquals(Level.SEVERE, renderingFailure.getFirst().getLevel());
        assertEquals("town settings unreadable", renderingFailure.getFirst().getThrown().getMessage());
    }
}
