package fr.portailfamille.web.town;

import fr.portailfamille.application.town.EditTownSettings;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** Admins: «Réglages de la commune» — what families read in the banner, the footer and the contact page. */
public final class TownSettingsPages implements PortalWeb.Area {

    private static final List<Breadcrumb> TRAIL = List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Réglages de la commune"));

    private final EditTownSettings settings;

    public TownSettingsPages(EditTownSettings settings) {
        this.settings = settings;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/admin/commune", Access.ADMIN, ex -> show(pages, ex, Status.OK_200, settings.current(actor(ex.visitor())), Map.of(), null));
        table.get("/ville/logo", Access.PUBLIC, ex -> {
            var logo = settings.logo();
            if (logo.isEmpty()) {
                fr.portailfamille.web.ErrorPages.notFound(pages, ex);
                return;
            }
            ex.response().header(io.helidon.http.HeaderNames.CONTENT_TYPE, logo.get().type().mediaType());
            ex.response().header(io.helidon.http.HeaderNames.CACHE_CONTROL, "public, max-age=31536000, immutable");
            ex.response().send(logo.get().content());
        });
        table.postMultipart("/admin/commune/logo", Access.ADMIN, EditTownSettings.MAX_LOGO_BYTES, (ex, upload) -> {
            var file = upload.file("logo");
            switch (settings.changeLogo(actor(ex.visitor()), file.map(f -> f.content()).orElse(null),
                    upload.tooLarge() || file.map(f -> f.truncated()).orElse(false), ex.clientAddress())) {
                case EditTownSettings.Result.Saved saved -> show(pages, ex, Status.OK_200, EditTownSettings.Command.of(saved.town()), Map.of(),
                        "Le nouveau logo paraît dans le bandeau de toutes les pages.");
                case EditTownSettings.Result.Invalid invalid -> show(pages, ex, Pages.INVALID_FORM, settings.current(actor(ex.visitor())),
                        invalid.errors().asMap(), null);
            }
        });
        table.post("/admin/commune", Access.ADMIN, ex -> {
            var command = new EditTownSettings.Command(ex.field("name"), ex.field("servicesEmail"), ex.field("phone"), ex.field("postalAddress"),
                    ex.form().first("openingHours").orElse(""));
            switch (settings.edit(actor(ex.visitor()), command, ex.clientAddress())) {
                case EditTownSettings.Result.Saved saved -> show(pages, ex, Status.OK_200, EditTownSettings.Command.of(saved.town()), Map.of(),
                        "Les réglages de la commune sont enregistrés : toutes les pages les montrent dès maintenant.");
                case EditTownSettings.Result.Invalid invalid -> show(pages, ex, Pages.INVALID_FORM, command, invalid.errors().asMap(), null);
            }
        });
    }

    private static void show(Pages pages, Exchange ex, Status status, EditTownSettings.Command form, Map<String, String> errors, String notice) {
        var model = new java.util.HashMap<String, Object>(Map.of("form", form, "errors", errors));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "town/settings.ftlh", "Réglages de la commune", TRAIL, model);
    }
}
