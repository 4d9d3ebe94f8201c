package fr.portailfamille.web;

import fr.portailfamille.application.town.CurrentTown;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The web adapter assembled: one {@link #setup} for the server (health, metrics) and one {@link #routing} for the
 * pages, shared by {@code main} and the tests. Each business area adds its pages as an {@link Area}.
 */
public final class PortalWeb {

    /**
     * @param secureCookies true behind HTTPS (the public base URL starts with https)
     * @param admission     how many page requests are served at once before «Forte affluence»
     * @param formTargets   origins besides the portal's that a form may lead to through a redirect (FranceConnect's:
     *                      sign-out, on every page, ends its session there), for CSP's form-action; "" for none
     */
    public record Settings(boolean demoMode, boolean secureCookies, AdmissionLimit admission, TrustedProxies proxies,
                           Management management, String formTargets) {
        public Settings {
            formTargets = formTargets == null ? "" : formTargets.trim();
        }

        public Settings(boolean demoMode, boolean secureCookies, AdmissionLimit admission, TrustedProxies proxies, Management management) {
            this(demoMode, secureCookies, admission, proxies, management, "");
        }

        public Settings(boolean demoMode, boolean secureCookies, AdmissionLimit admission) {
            this(demoMode, secureCookies, admission, TrustedProxies.NONE, Management.LOCAL_FREE_PORT);
        }

        public Settings(boolean demoMode, boolean secureCookies) {
            this(demoMode, secureCookies, AdmissionLimit.byDefault());
        }
    }

    /**
     * The operators' socket: health with its details and the metrics (heap, disk, load, request counters) tell an
     * attacker too much to be public. Bound to 127.0.0.1 unless the operator says otherwise.
     */
    public record Management(String host, int port) {
        public static final Management LOCAL_FREE_PORT = new Management("127.0.0.1", 0);
        public static final String SOCKET = "management";
    }

    /** Where a filter leaves the client's address (after {@link TrustedProxies}) for {@link Exchange#clientAddress()}. */
    static final String CLIENT_ADDRESS = "portail.client-address";

    /** A business area's pages. */
    @FunctionalInterface
    public interface Area {
        void routes(RouteTable table, Pages pages);
    }

    /** The largest request body the server reads at all (a 10 MB file and its form). */
    public static final long MAX_PAYLOAD_BYTES = 11L * 1024 * 1024;

    private final Settings settings;
    private final VisitorSource visitors;
    private final BooleanSupplier databaseReady;
    private final List<Area> areas;
    private final Pages pages;
    private RouteTable routeTable;

    public PortalWeb(Settings settings, CurrentTown town, VisitorSource visitors, BooleanSupplier databaseReady, List<Area> areas) {
        this.settings = settings;
        this.visitors = visitors;
        this.databaseReady = databaseReady;
        this.areas = List.copyOf(areas);
        this.pages = new Pages(new Views(), town, new Csrf(settings.secureCookies()), settings.demoMode());
    }

    public void setup(WebServerConfig.Builder server) {
        var health = HealthObserver.builder()
                .details(true)
                .addCheck(() -> HealthCheckResponse.builder().status(databaseReady.getAsBoolean()).build(),
                        HealthCheckType.READINESS, "database")
                .build();
        var management = settings.management();
        server.putSocket(Management.SOCKET, socket -> socket.host(management.host()).port(management.port()).routing(routing -> {
            routing.get("/health", (req, res) -> res.reroute("/observe/health"));
            routing.get("/health/{kind}", (req, res) -> res.reroute("/observe/health/" + req.path().pathParameters().get("kind")));
            routing.get("/metrics", (req, res) -> res.reroute("/observe/metrics"));
        }));
        server.addFeature(ObserveFeature.builder()
                .sockets(List.of(Management.SOCKET))
                .addObserver(health)
                .addObserver(MetricsObserver.create())
                .build());
        // a justificatif is at most 10 MB: the form around it gets some room, anything bigger is cut off by the server
        server.maxPayloadSize(MAX_PAYLOAD_BYTES);
        var bare = new BareErrorPages();
        server.directHandlers(handlers -> {
            for (var type : io.helidon.http.DirectHandler.EventType.values()) handlers.addHandler(type, bare);
        });
        server.routing(this::routing);
    }

    public void routing(HttpRouting.Builder routing) {
        routing.addFilter(AccessLog::filter);
        routing.addFilter((chain, req, res) -> {
            // pages never load anything from elsewhere; nobody may frame them
            res.header(HeaderNames.create("Content-Security-Policy"),
                    "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                            + (settings.formTargets().isEmpty() ? "" : " " + settings.formTargets()));
            res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
            res.header(HeaderNames.create("Referrer-Policy"), "same-origin");
            chain.proceed();
        });
        routing.addFilter((chain, req, res) -> {
            req.context().register(CLIENT_ADDRESS, settings.proxies().clientAddress(req));
            chain.proceed();
        });
        routing.addFilter(settings.admission()::filter);
        // the public answer is UP or DOWN and nothing else; the details are on the management socket
        routing.get("/health", (req, res) -> publicHealth(res, databaseReady.getAsBoolean()));
        routing.get("/health/ready", (req, res) -> publicHealth(res, databaseReady.getAsBoolean()));
        routing.get("/health/live", (req, res) -> publicHealth(res, true));
        // browsers ask for it on every site whatever the page says
        routing.route(io.helidon.http.Method.predicate(io.helidon.http.Method.GET, io.helidon.http.Method.HEAD), io.helidon.http.PathMatchers.exact("/favicon.ico"),
                (req, res) -> res.reroute("/static/favicon.ico"));
        routing.register("/static", StaticContentFeature.createService(ClasspathHandlerConfig.builder().location("/static").build()));
        routing.register("/webjars", StaticContentFeature.createService(
                ClasspathHandlerConfig.builder().location("/META-INF/resources/webjars").build()));

        routeTable = new RouteTable(routing, visitors, pages, settings.demoMode());
        areas.forEach(area -> area.routes(routeTable, pages));

        routing.error(Throwable.class, (req, res, error) -> ErrorPages.handle(pages, visitors, req, res, error));
        routing.any((req, res) -> ErrorPages.notFound(pages, new Exchange(req, res, visitors.visitor(req),
                io.helidon.common.parameters.Parameters.empty("form"))));
    }

    private static void publicHealth(io.helidon.webserver.http.ServerResponse res, boolean up) {
        res.status(up ? io.helidon.http.Status.OK_200 : io.helidon.http.Status.SERVICE_UNAVAILABLE_503);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }

    /** The page routes and their access, once {@link #routing} ran: the security tests walk them. */
    public RouteTable routeTable() {
        return routeTable;
    }
}
