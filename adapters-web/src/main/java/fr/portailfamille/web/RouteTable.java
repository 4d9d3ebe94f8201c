package fr.portailfamille.web;

import io.helidon.common.parameters.Parameters;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page route in one table, each with its {@link Access}. The gate in front of each handler resolves the
 * visitor, sends anonymous visitors to the sign-in page, answers 404 to signed-in visitors without the right (a
 * family never learns that another's page exists), checks the CSRF token of every POST, and sends a parent with
 * CGU to accept to them first. The security tests walk {@link #routes()}.
 */
public final class RouteTable {

    public record Route(Method method, String path, Access access) {
    }

    /** Routes a parent may use while new CGU wait for acceptance. */
    private static final Set<String> ALLOWED_BEFORE_TERMS = Set.of("/cgu", "/deconnexion", "/aide", "/accessibilite", "/plan-du-site",
            "/donnees-personnelles", "/mentions-legales");

    private final List<Route> routes = new ArrayList<>();
    private final List<Route> callbacks = new ArrayList<>();
    private final HttpRouting.Builder routing;
    private final VisitorSource visitors;
    private final Pages pages;
    private final boolean demoMode;

    public RouteTable(HttpRouting.Builder routing, VisitorSource visitors, Pages pages, boolean demoMode) {
        this.routing = routing;
        this.visitors = visitors;
        this.pages = pages;
        this.demoMode = demoMode;
    }

    public RouteTable get(String path, Access access, PageHandler handler) {
        routes.add(new Route(Method.GET, path, access));
        routing.get(path, (req, res) -> gate(new Exchange(req, res, visitors.visitor(req), Parameters.empty("form")), access, handler));
        return this;
    }

    public RouteTable post(String path, Access access, PageHandler handler) {
        routes.add(new Route(Method.POST, path, access));
        routing.post(path, (req, res) -> {
            Parameters form = req.content().hasEntity() ? req.content().as(Parameters.class) : Parameters.empty("form");
            var exchange = new Exchange(req, res, visitors.visitor(req), form);
            if (!pages.csrf().matches(req, form.first(Csrf.FIELD).orElse(null))) {
                ErrorPages.show(pages, exchange, Status.FORBIDDEN_403, "Formulaire expiré",
                        "Ce formulaire a expiré ou ne vient pas du portail. Revenez à la page précédente, rechargez-la et recommencez.");
                return;
            }
            gate(exchange, access, handler);
        });
        return this;
    }

    /** A form with a file ({@code multipart/form-data}), read up to {@code maxBytes}; the CSRF field comes from the body too. */
    @FunctionalInterface
    public interface UploadHandler {
        void handle(Exchange exchange, MultipartForm upload) throws Exception;
    }

    public RouteTable postMultipart(String path, Access access, int maxBytes, UploadHandler handler) {
        routes.add(new Route(Method.POST, path, access));
        routing.post(path, (req, res) -> {
            var visitor = visitors.visitor(req);
            if (visitor.signedIn() && !visitor.may(access)) {
                // 404 before reading a body of up to maxBytes that nobody will use
                gate(new Exchange(req, res, visitor, Parameters.empty("form")), access, ex -> { });
                return;
            }
            var contentType = req.headers().contentType().map(type -> type.text()).orElse(null);
            var upload = req.content().hasEntity()
                    ? MultipartForm.read(contentType, req.content().inputStream(), maxBytes).orElse(null) : null;
            var form = upload == null ? Parameters.empty("form") : upload.fields();
            var exchange = new Exchange(req, res, visitor, form);
            if (upload == null || !pages.csrf().matches(req, form.first(Csrf.FIELD).orElse(null))) {
                ErrorPages.show(pages, exchange, Status.FORBIDDEN_403, "Formulaire expiré",
                        "Ce formulaire a expiré ou ne vient pas du portail. Revenez à la page précédente, rechargez-la et recommencez.");
                return;
            }
            gate(exchange, access, ex -> handler.handle(ex, upload));
        });
        return this;
    }

    /**
     * A server-to-server callback (a payment provider's notification): no session, no CSRF token — the handler must
     * trust nothing in the request. Listed apart from {@link #routes()}, whose POSTs all require a token.
     */
    public RouteTable callback(String path, PageHandler handler) {
        callbacks.add(new Route(Method.POST, path, Access.PUBLIC));
        routing.post(path, (req, res) -> {
            Parameters form = req.content().hasEntity() ? req.content().as(Parameters.class) : Parameters.empty("form");
            handler.handle(new Exchange(req, res, Visitor.ANONYMOUS, form));
        });
        return this;
    }

    public List<Route> callbacks() {
        return Collections.unmodifiableList(callbacks);
    }

    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    private void gate(Exchange ex, Access access, PageHandler handler) throws Exception {
        Visitor visitor = ex.visitor();
        if (access == Access.DEMO && !demoMode) {
            ErrorPages.notFound(pages, ex);
        } else if (!visitor.may(access) && !visitor.signedIn()) {
            String back = ex.request().path().path();
            Pages.redirect(ex.response(), "/connexion?retour=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } else if (!visitor.may(access)) {
            ErrorPages.notFound(pages, ex);
        } else if (visitor.mustAcceptTerms() && !ALLOWED_BEFORE_TERMS.contains(ex.request().path().path())) {
            Pages.redirect(ex.response(), "/cgu");
        } else {
            handler.handle(ex);
        }
    }

    /** Empty model, for pages that need nothing beyond the layout. */
    public static Map<String, Object> none() {
        return Map.of();
    }
}
