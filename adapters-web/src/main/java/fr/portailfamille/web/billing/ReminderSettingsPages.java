package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.ReminderSettings;
import fr.portailfamille.domain.billing.ReminderDelay;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** Admins: «Relance des factures impayées», the town's delay before reminding an unpaid invoice. */
public final class ReminderSettingsPages implements PortalWeb.Area {

    static final String PATH = "/admin/relances";
    private static final String TITLE = "Relance des factures impayées";

    private final ReminderSettings settings;

    public ReminderSettingsPages(ReminderSettings settings) {
        this.settings = settings;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get(PATH, Access.ADMIN, ex -> page(pages, ex, Status.OK_200, Integer.toString(settings.current(actor(ex.visitor()))), null,
                "1".equals(ex.query("enregistre"))));
        table.post(PATH, Access.ADMIN, ex -> {
            var actor = actor(ex.visitor());
            switch (ReminderDelay.parse(ex.field("days"))) {
                case ReminderDelay.Parsed.Valid valid -> {
                    settings.change(actor, valid.delay());
                    Pages.redirect(ex.response(), PATH + "?enregistre=1");
                }
                case ReminderDelay.Parsed.Invalid invalid -> page(pages, ex, Pages.INVALID_FORM, ex.field("days"), invalid.message(), false);
            }
        });
    }

    private static void page(Pages pages, Exchange ex, Status status, String days, String error, boolean saved) {
        var model = new HashMap<String, Object>(Map.of("days", days, "errors", error == null ? Map.of() : Map.of("days", error), "saved", saved));
        pages.render(ex, status, "billing/reminder-settings.ftlh", TITLE, List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here(TITLE)), model);
    }
}
