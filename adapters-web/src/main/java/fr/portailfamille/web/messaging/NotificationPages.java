package fr.portailfamille.web.messaging;

import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.domain.messaging.NotificationKind;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.ErrorPages;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The notification centre reached by the header's icon: list, open (marks read), all read, mail preferences. */
public final class NotificationPages implements PortalWeb.Area {

    private final NotificationCenter center;

    public NotificationPages(NotificationCenter center) {
        this.center = center;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/notifications", Access.SIGNED_IN, ex -> page(pages, ex, null));
        table.post("/notifications/tout-lu", Access.SIGNED_IN, ex -> {
            center.markAllRead(actor(ex.visitor()));
            Pages.redirect(ex.response(), "/notifications");
        });
        table.post("/notifications/preferences", Access.SIGNED_IN, ex -> {
            var chosen = Arrays.stream(NotificationKind.values()).filter(k -> "oui".equals(ex.field("mail_" + k.name())))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
            center.choose(actor(ex.visitor()), chosen);
            page(pages, ex, "Vos préférences sont enregistrées.");
        });
        // after the fixed paths: «tout-lu» and «preferences» must not be taken for an id
        table.post("/notifications/{id}", Access.SIGNED_IN, ex -> {
            var target = parse(ex.pathParam("id")).flatMap(id -> center.open(actor(ex.visitor()), id));
            if (target.isPresent()) Pages.redirect(ex.response(), target.get());
            else ErrorPages.notFound(pages, ex);
        });
    }

    private void page(Pages pages, Exchange ex, String notice) {
        var actor = actor(ex.visitor());
        var model = new HashMap<String, Object>(Map.of("notifications", center.latest(actor), "kinds", List.of(NotificationKind.values()),
                "preferences", center.preferences(actor)));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, "messaging/notifications.ftlh", "Notifications", List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Notifications")), model);
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
