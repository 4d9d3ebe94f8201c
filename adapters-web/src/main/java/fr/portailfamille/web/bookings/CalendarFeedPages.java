package fr.portailfamille.web.bookings;

import fr.portailfamille.web.output.ICalendar;
import fr.portailfamille.application.bookings.CalendarFeed;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «Agenda en ligne»: the family turns its private calendar address on, renews or revokes it; calendar applications
 * fetch «/agenda/{token}.ics» without signing in (the token is the credential; an unknown one is a 404).
 */
public final class CalendarFeedPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb PLANNING = new Breadcrumb("Planning", "/planning");

    private final CalendarFeed feed;
    private final Supplier<String> baseUrl;

    public CalendarFeedPages(CalendarFeed feed, Supplier<String> baseUrl) {
        this.feed = feed;
        this.baseUrl = baseUrl;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/planning/agenda", Access.PARENT, ex -> page(pages, ex, null, null));
        table.post("/planning/agenda/activer", Access.PARENT, ex -> {
            boolean renewed = feed.isOn(actor(ex.visitor()));
            String token = feed.turnOn(actor(ex.visitor()));
            page(pages, ex, baseUrl.get() + "/agenda/" + token + ".ics", renewed
                    ? "Nouvelle adresse créée : l'ancienne ne fonctionne plus. Mettez à jour votre application d'agenda."
                    : "Votre agenda en ligne est activé.");
        });
        table.post("/planning/agenda/desactiver", Access.PARENT, ex -> {
            feed.turnOff(actor(ex.visitor()));
            page(pages, ex, null, "Votre agenda en ligne est désactivé : son adresse ne fonctionne plus.");
        });
        table.get("/agenda/{token}", Access.PUBLIC, ex -> {
            String token = ex.pathParam("token");
            if (token.endsWith(".ics")) token = token.substring(0, token.length() - 4);
            String ics = ICalendar.write(feed.feed(token).orElseThrow(Actor.NotAllowed::new));
            var res = ex.response();
            res.status(Status.OK_200);
            res.header(HeaderNames.CONTENT_TYPE, "text/calendar; charset=UTF-8");
            res.header(HeaderNames.CONTENT_DISPOSITION, "inline; filename=\"reservations.ics\"");
            res.header(HeaderNames.CACHE_CONTROL, "private, no-store");
            // the address is a secret: never indexed, never sent on as a referrer
            res.header(HeaderNames.create("X-Robots-Tag"), "noindex, nofollow");
            res.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
            res.send(ics.getBytes(StandardCharsets.UTF_8));
        });
    }

    private void page(Pages pages, Exchange ex, String address, String notice) {
        var model = new HashMap<String, Object>();
        model.put("on", feed.isOn(actor(ex.visitor())));
        if (address != null) model.put("address", address);
        if (notice != null) model.put("notice", notice);
        pages.render(ex, "bookings/calendar-feed.ftlh", "Agenda en ligne", List.of(HOME, PLANNING, Breadcrumb.here("Agenda en ligne")), model);
    }
}
