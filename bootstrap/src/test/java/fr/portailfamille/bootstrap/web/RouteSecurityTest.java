package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every route of the route table (so a route added later is checked too): each POST refuses a missing or
 * forged CSRF token, each protected page sends an anonymous visitor to sign in, staff pages answer 404 to parents,
 * admin pages 404 to agents, family pages 404 to staff.
 */
class RouteSecurityTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static List<RouteTable.Route> routes;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        routes = portal.portal().web().routeTable().routes();
        assertTrue(routes.size() > 20, "the route table lists the portal's routes");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @BeforeEach
    void forgetFailedSignIns() {
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    /** A concrete URL for a route pattern: path parameters get a plausible value. */
    static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    WebClient signedIn(String identifier, String password) {
        return WebClient.signedIn(portal.portal().port(), identifier, password);
    }

    @Test
    void the_dossier_routes_are_listed() {
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/dossier/enfants/{child}/fiche-sanitaire") && r.access() == Access.PARENT));
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/agent/foyers/{household}/documents") && r.method() == Method.POST && r.access() == Access.STAFF));
    }

    @Test
    void every_form_refuses_a_missing_or_forged_csrf_token() {
        var client = new WebClient(portal.portal().port());
        client.get("/connexion");
        assertAll(routes.stream().filter(r -> r.method() == Method.POST).map(route -> () -> {
            assertEquals(403, client.postRaw(concrete(route.path()), Map.of()).status(), "no token: " + route);
            assertEquals(403, client.postRaw(concrete(route.path()), Map.of("_csrf", "forged-forged-forged-forged-forged-forged")).status(),
                    "forged token: " + route);
        }));
    }

    @Test
    void every_protected_page_sends_an_anonymous_visitor_to_sign_in() {
        var anonymous = new WebClient(portal.portal().port());
        assertAll(routes.stream()
                .filter(r -> r.method() == Method.GET && r.access() != Access.PUBLIC)
                .map(route -> () -> assertEquals("/connexion", anonymous.get(concrete(route.path())).uri().getPath(), route.toString())));
    }

    @Test
    void staff_pages_answer_404_to_a_parent() {
        var parent = signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        assertAll(routes.stream().filter(r -> r.access() == Access.STAFF || r.access() == Access.ADMIN || r.access() == Access.DEMO).map(route -> () -> {
            var page = route.method() == Method.GET ? parent.get(concrete(route.path())) : parent.post(concrete(route.path()), Map.of());
            assertEquals(404, page.status(), route.toString());
        }));
    }

    @Test
    void admin_pages_answer_404_to_an_agent_and_family_pages_to_staff() {
        var agent = signedIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertAll(routes.stream().filter(r -> r.access() == Access.ADMIN || r.access() == Access.PARENT || r.access() == Access.DEMO).map(route -> () -> {
            var page = route.method() == Method.GET ? agent.get(concrete(route.path())) : agent.post(concrete(route.path()), Map.of());
            assertEquals(404, page.status(), route.toString());
        }));
    }
}
