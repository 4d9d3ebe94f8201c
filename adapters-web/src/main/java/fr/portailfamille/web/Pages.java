package fr.portailfamille.web;

import fr.portailfamille.application.town.CurrentTown;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a page inside the common layout: every template gets the town (banner, footer), the visitor (header,
 * menu), the CSRF token for its forms, the title and the breadcrumb.
 */
public final class Pages {

    /** A form refused for its content: the page is shown again with the French messages. */
    public static final Status INVALID_FORM = Status.create(422, "Unprocessable Content");

    private final Views views;
    private final CurrentTown town;
    private final Csrf csrf;
    private final boolean demoMode;

    public Pages(Views views, CurrentTown town, Csrf csrf, boolean demoMode) {
        this.views = views;
        this.town = town;
        this.csrf = csrf;
        this.demoMode = demoMode;
    }

    public void render(Exchange ex, String template, String title, List<Breadcrumb> breadcrumb, Map<String, ?> model) {
        render(ex, Status.OK_200, template, title, breadcrumb, model);
    }

    public void render(Exchange ex, Status status, String template, String title, List<Breadcrumb> breadcrumb, Map<String, ?> model) {
        var all = new HashMap<String, Object>(model);
        all.put("town", town.get());
        all.put("visitor", ex.visitor());
        all.put("csrf", csrf.token(ex.request(), ex.response()));
        all.put("title", title);
        all.put("breadcrumb", breadcrumb);
        all.put("demoMode", demoMode);
        all.put("demoMailbox", demoMode && ex.visitor().may(Access.DEMO));
        all.put("path", ex.request().path().path());
        all.put("fmt", Formats.FRENCH);
        html(ex.response(), status, views.render(template, all));
    }

    public static void html(ServerResponse response, Status status, String body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body);
    }

    public static void redirect(ServerResponse response, String location) {
        response.status(Status.SEE_OTHER_303);
        response.header(HeaderNames.LOCATION, location);
        response.send();
    }

    public Csrf csrf() {
        return csrf;
    }
}
