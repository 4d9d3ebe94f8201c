package fr.portailfamille.web.privacy;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.privacy.ExportHouseholdData;
import fr.portailfamille.application.privacy.HealthSheetConsultations;
import fr.portailfamille.application.privacy.HouseholdJournal;
import fr.portailfamille.application.privacy.DataRetention;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Formats;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import fr.portailfamille.web.Views;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * What the RGPD asks the portal to show: «Mes données personnelles» and its archive for a family, the same archive
 * for an agent answering a request at the desk, who read the health sheets (admins), and the public notices of every
 * footer («Données personnelles», «Mentions légales»).
 */
public final class PrivacyPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");

    private final ExportHouseholdData export;
    private final HealthSheetConsultations consultations;
    private final HouseholdJournal journal;
    private final DataRetention retention;
    private final CurrentTown town;
    private final Views summaries = new Views();

    public PrivacyPages(ExportHouseholdData export, HealthSheetConsultations consultations, HouseholdJournal journal, DataRetention retention,
                        CurrentTown town) {
        this.export = export;
        this.consultations = consultations;
        this.journal = journal;
        this.retention = retention;
        this.town = town;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/mes-donnees", Access.PARENT, ex -> pages.render(ex, "privacy/my-data.ftlh", "Mes données personnelles",
                List.of(HOME, Breadcrumb.here("Mes données personnelles")),
                Map.of("reads", consultations.ofMyHousehold(actor(ex.visitor())), "dpo", retention.dpoContact(), "retention", retention.policy())));
        table.get("/mes-donnees/archive", Access.PARENT, ex -> archive(ex, export.mine(actor(ex.visitor()))));
        table.get("/agent/foyers/{household}/donnees", Access.STAFF, ex -> archive(ex,
                export.forStaff(actor(ex.visitor()), PathIds.of(ex, "household"), ex.request().path().path())));
        table.get("/agent/foyers/{household}/journal", Access.STAFF, ex -> journalPage(pages, ex, Status.OK_200, Map.of(), ex.query("enregistre")));
        table.post("/agent/foyers/{household}/depart", Access.STAFF, ex -> {
            var errors = retention.markLeft(actor(ex.visitor()), PathIds.of(ex, "household"), ex.field("leftOn"));
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/foyers/" + PathIds.of(ex, "household") + "/journal?enregistre=depart");
            else journalPage(pages, ex, Pages.INVALID_FORM, errors.asMap(), "");
        });
        table.post("/agent/foyers/{household}/depart/annuler", Access.STAFF, ex -> {
            retention.cancelDeparture(actor(ex.visitor()), PathIds.of(ex, "household"));
            Pages.redirect(ex.response(), "/agent/foyers/" + PathIds.of(ex, "household") + "/journal?enregistre=annule");
        });
        table.get("/agent/donnees-a-purger", Access.STAFF, ex -> pages.render(ex, "privacy/purge.ftlh", "Données à purger",
                List.of(HOME, Breadcrumb.here("Données à purger")), Map.of("plan", retention.preview(actor(ex.visitor())))));
        table.get("/admin/registre-des-traitements", Access.ADMIN, ex -> registerPage(pages, ex, Status.OK_200, Map.of(), Map.of(), ex.query("enregistre")));
        table.post("/admin/registre-des-traitements/dpo", Access.ADMIN, ex -> {
            var errors = retention.saveDpoContact(actor(ex.visitor()), ex.field("dpoContact"));
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/admin/registre-des-traitements?enregistre=dpo");
            else registerPage(pages, ex, Pages.INVALID_FORM, errors.asMap(), Map.of("dpoContact", ex.field("dpoContact")), "");
        });
        table.post("/admin/registre-des-traitements/durees", Access.ADMIN, ex -> {
            var form = new java.util.HashMap<String, String>();
            for (String name : List.of("householdYears", "documentMonths", "messageYears", "auditYears", "invoiceYears")) form.put(name, ex.field(name));
            var errors = retention.saveRetention(actor(ex.visitor()), form);
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/admin/registre-des-traitements?enregistre=durees");
            else registerPage(pages, ex, Pages.INVALID_FORM, errors.asMap(), form, "");
        });
        table.get("/admin/fiches-sanitaires/consultations", Access.ADMIN, ex -> pages.render(ex, "privacy/health-reads.ftlh",
                "Consultations des fiches sanitaires", List.of(HOME, Breadcrumb.here("Consultations des fiches sanitaires")),
                Map.of("reads", consultations.all(actor(ex.visitor())))));
        table.get("/donnees-personnelles", Access.PUBLIC, ex -> pages.render(ex, "privacy/notice.ftlh", "Données personnelles",
                List.of(HOME, Breadcrumb.here("Données personnelles")), Map.of("dpo", retention.dpoContact(), "retention", retention.policy())));
        table.get("/mentions-legales", Access.PUBLIC, ex -> pages.render(ex, "privacy/legal.ftlh", "Mentions légales",
                List.of(HOME, Breadcrumb.here("Mentions légales")), Map.of("dpo", retention.dpoContact())));
    }

    private void journalPage(Pages pages, Exchange ex, Status status, Map<String, String> errors, String saved) {
        var actor = actor(ex.visitor());
        long household = PathIds.of(ex, "household");
        var model = new java.util.HashMap<String, Object>(Map.of("lines", journal.ofHousehold(actor, household), "household", household,
                "errors", errors, "leftOn", ex.field("leftOn")));
        retention.leftOn(actor, household).ifPresent(day -> model.put("left", day));
        if (saved != null && !saved.isEmpty()) model.put("saved", saved);
        pages.render(ex, status, "privacy/journal.ftlh", "Journal du foyer",
                List.of(HOME, new Breadcrumb("Foyers", "/agent/foyers"), new Breadcrumb("Dossier du foyer", "/agent/foyers/" + household),
                        Breadcrumb.here("Journal")), model);
    }

    /** «Registre des activités de traitement» (RGPD, article 30), with the settings it depends on. */
    private void registerPage(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> typed, String saved) {
        var model = new java.util.HashMap<String, Object>(Map.of("retention", retention.policy(), "dpo", retention.dpoContact(),
                "changes", journal.ofTown(actor(ex.visitor())), "errors", errors, "typed", typed));
        if (saved != null && !saved.isEmpty()) model.put("saved", saved);
        pages.render(ex, status, "privacy/register.ftlh", "Registre des activités de traitement",
                List.of(HOME, Breadcrumb.here("Registre des activités de traitement")), model);
    }

    /** The ZIP, streamed: its files are read one at a time while it is sent. */
    private void archive(Exchange ex, ExportHouseholdData.Export data) throws Exception {
        LocalDate day = LocalDate.ofInstant(data.data().exportedAt(), TownZone.ZONE);
        var res = ex.response();
        res.header(HeaderNames.CONTENT_TYPE, "application/zip");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"donnees-portail-famille-" + day + ".zip\"");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        try (var out = res.outputStream()) {
            HouseholdArchive.write(data, writer -> summaries.write("privacy/summary.ftlh",
                    Map.of("data", data.data(), "town", town.get(), "fmt", Formats.FRENCH, "files", data.files()), writer), out);
        }
    }
}
