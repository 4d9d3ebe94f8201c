package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every page route of the portal's route table: an anonymous visitor is sent to sign in, a parent gets 404 on
 * staff pages, and no POST goes through without the CSRF field. A new route is checked as soon as it is listed.
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
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Path parameters filled with an id that exists in the demo data (1), so that only the access rule can refuse. */
    static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    WebClient signedIn(String identifier, String password) {
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
        var client = new WebClient(portal.portal().port());
        client.get("/connexion");
        assertTrue(client.post("/connexion", Map.of("identifier", identifier, "password", password)).contains("Bonjour"));
        return client;
    }

    @Test
    void the_dossier_routes_are_listed() {
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/dossier/enfants/{child}/fiche-sanitaire") && r.access() == Access.PARENT));
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/agent/foyers/{household}/documents") && r.method() == Method.POST && r.access() == Access.STAFF));
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_on_every_protected_get() {
        var anonymous = new WebClient(portal.portal().port());
        for (var route : routes) {
            if (route.method() != Method.GET || route.access() == Access.PUBLIC || route.access() == Access.DEMO) continue;
            var page = anonymous.get(concrete(route.path()));
            assertTrue(page.uri().getPath().equals("/connexion"), route + " answered " + page.status() + " at " + page.uri());
        }
    }

    @Test
    void a_parent_gets_404_on_every_staff_page() {
        var parent = signedIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        for (var route : routes) {
            if (route.method() != Method.GET || (route.access() != Access.STAFF && route.access() != Access.ADMIN)) continue;
            var page = parent.get(concrete(route.path()));
            assertEquals(404, page.status(), route.toString());
            assertFalse(page.contains("Famille DUPONT") && route.path().contains("foyers"), route.toString());
        }
    }

    @Test
    void no_post_goes_through_without_its_csrf_field() {
        var agent = signedIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        for (var route : routes) {
            if (route.method() != Method.POST) continue;
            assertEquals(403, agent.postRaw(concrete(route.path()), Map.of("name", "x")).status(), route.toString());
        }
    }
}
