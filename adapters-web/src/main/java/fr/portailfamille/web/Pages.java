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

    private static final String NOTICE_COOKIE = "pf_notice";
    static final String RESULT_COOKIE = "pf_result";

    private final Views views;
    private final CurrentTown town;
    private final Csrf csrf;
    private final boolean demoMode;
    private final WaitingResults results = new WaitingResults();

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
        takeNotice(ex).ifPresent(notice -> {
            all.putIfAbsent("notice", notice);
            all.putIfAbsent("noticeKind", "success");
        });
        html(ex.response(), status, views.render(template, all));
    }

    /**
     * Post/Redirect/Get: after a form that changed something, the browser is sent to the page that shows the result
     * (F5 then reloads that page and sends nothing again), and that page says {@code notice} once. The words travel in
     * a short-lived cookie; they are the portal's own and are escaped like any text when shown.
     */
    public void redirectWithNotice(Exchange ex, String location, String notice) {
        ex.response().headers().addCookie(shortCookie(NOTICE_COOKIE,
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(notice.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.time.Duration.ofMinutes(1)));
        redirect(ex.response(), location);
    }

    /**
     * Post/Redirect/Get for an answer with more than a notice's words (a typical week's days, each booking's answer):
     * it waits on the server for the page at {@code location}, which takes it once with {@link #takeResult}.
     */
    public void redirectWithResult(Exchange ex, String location, Object result) {
        String key = results.keep(ex.visitor().accountId(), result);
        ex.response().headers().addCookie(shortCookie(RESULT_COOKIE, key, java.time.Duration.ofMinutes(1)));
        redirect(ex.response(), location);
    }

    /** The answer the form before the redirect left for this page; empty after a reload (it is shown once). */
    public <T> java.util.Optional<T> takeResult(Exchange ex, Class<T> type) {
        var cookie = ex.request().headers().cookies().first(RESULT_COOKIE);
        if (cookie.isEmpty() || !ex.visitor().signedIn()) return java.util.Optional.empty();
        ex.response().headers().addCookie(shortCookie(RESULT_COOKIE, "", java.time.Duration.ZERO));
        return results.take(cookie.get(), ex.visitor().accountId(), type);
    }

    private io.helidon.http.SetCookie shortCookie(String name, String value, java.time.Duration maxAge) {
        return io.helidon.http.SetCookie.builder(name, value).path("/").httpOnly(true).secure(csrf.secureCookies())
                .sameSite(io.helidon.http.SetCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    private java.util.Optional<String> takeNotice(Exchange ex) {
        var cookie = ex.request().headers().cookies().first(NOTICE_COOKIE);
        if (cookie.isEmpty()) return java.util.Optional.empty();
        ex.response().headers().addCookie(shortCookie(NOTICE_COOKIE, "", java.time.Duration.ZERO));
        try {
            return java.util.Optional.of(new String(java.util.Base64.getUrlDecoder().decode(cookie.get()), java.nio.charset.StandardCharsets.UTF_8))
                    .filter(text -> !text.isBlank() && text.length() <= 500);
        } catch (IllegalArgumentException notOurs) {
            return java.util.Optional.empty();
        }
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
