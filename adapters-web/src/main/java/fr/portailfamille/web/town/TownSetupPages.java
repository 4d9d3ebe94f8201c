package fr.portailfamille.web.town;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.PublishTownDocument;
import fr.portailfamille.application.households.TownDocumentTypes;
import fr.portailfamille.application.households.TownSchools;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.application.town.ManageServiceOffices;
import fr.portailfamille.application.town.PortalHealth;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.School;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.TownDocument;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.ErrorPages;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * What a town sets up to go live, besides «Réglages de la commune»: its services and their addresses (shown on «Nous
 * contacter»), its schools and their levels, the justificatifs it asks for, the documents it publishes to families,
 * and, for admins, «État du portail».
 */
public final class TownSetupPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb SETTINGS = new Breadcrumb("Réglages de la commune", "/admin/commune");
    private static final int MAX_UPLOAD = UploadedFile.MAX_BYTES + 64 * 1024;

    private final ManageServiceOffices offices;
    private final TownSchools schools;
    private final TownDocumentTypes documentTypes;
    private final PublishTownDocument documents;
    private final PortalHealth health;

    public TownSetupPages(ManageServiceOffices offices, TownSchools schools, TownDocumentTypes documentTypes, PublishTownDocument documents,
                          PortalHealth health) {
        this.offices = offices;
        this.schools = schools;
        this.documentTypes = documentTypes;
        this.documents = documents;
        this.health = health;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/nous-contacter", Access.PUBLIC, ex -> pages.render(ex, "messaging/contact.ftlh", "Nous contacter",
                List.of(HOME, Breadcrumb.here("Nous contacter")), Map.of("offices", offices.all())));
        serviceRoutes(table, pages);
        schoolRoutes(table, pages);
        documentTypeRoutes(table, pages);
        documentRoutes(table, pages);
        withdrawRoutes(table, pages);
        table.get("/admin/etat-du-portail", Access.ADMIN, ex -> pages.render(ex, "town/health.ftlh", "État du portail",
                List.of(HOME, Breadcrumb.here("État du portail")), Map.of("report", health.report(actor(ex.visitor())))));
    }

    private void serviceRoutes(RouteTable table, Pages pages) {
        table.get("/admin/services", Access.ADMIN, ex -> services(pages, ex, Status.OK_200, emptyOffice(), Map.of()));
        table.post("/admin/services", Access.ADMIN, ex -> saveOffice(pages, ex, 0));
        table.get("/admin/services/{office}", Access.ADMIN, ex -> {
            var office = offices.list(actor(ex.visitor())).stream().filter(o -> o.id() == PathIds.of(ex, "office")).findFirst();
            if (office.isEmpty()) ErrorPages.notFound(pages, ex);
            else officeForm(pages, ex, Status.OK_200, ManageServiceOffices.Command.of(office.get()), Map.of());
        });
        table.post("/admin/services/{office}", Access.ADMIN, ex -> saveOffice(pages, ex, PathIds.of(ex, "office")));
        table.post("/admin/services/{office}/retirer", Access.ADMIN, ex -> {
            if (offices.remove(actor(ex.visitor()), PathIds.of(ex, "office"))) pages.redirectWithNotice(ex, "/admin/services", "Le service est retiré de la page « Nous contacter ».");
            else ErrorPages.notFound(pages, ex);
        });
    }

    private void saveOffice(Pages pages, Exchange ex, long id) {
        var command = new ManageServiceOffices.Command(id, ex.field("name"), ex.field("postalAddress"), ex.field("phone"), ex.field("email"),
                ex.form().first("openingHours").orElse(""));
        var errors = offices.save(actor(ex.visitor()), command);
        if (errors.isEmpty()) pages.redirectWithNotice(ex, "/admin/services", "Le service « " + command.name().strip() + " » est enregistré : la page « Nous contacter » le montre.");
        else if (id == 0) services(pages, ex, Pages.INVALID_FORM, command, errors.asMap());
        else officeForm(pages, ex, Pages.INVALID_FORM, command, errors.asMap());
    }

    private static ManageServiceOffices.Command emptyOffice() {
        return new ManageServiceOffices.Command(0, "", "", "", "", "");
    }

    private void services(Pages pages, Exchange ex, Status status, ManageServiceOffices.Command form, Map<String, String> errors) {
        pages.render(ex, status, "town/services.ftlh", "Services de la ville", List.of(HOME, SETTINGS, Breadcrumb.here("Services de la ville")),
                Map.of("offices", offices.list(actor(ex.visitor())), "form", form, "errors", errors));
    }

    private void officeForm(Pages pages, Exchange ex, Status status, ManageServiceOffices.Command form, Map<String, String> errors) {
        pages.render(ex, status, "town/service.ftlh", "Modifier le service « " + form.name() + " »",
                List.of(HOME, SETTINGS, new Breadcrumb("Services de la ville", "/admin/services"), Breadcrumb.here("Modifier un service")),
                Map.of("form", form, "errors", errors));
    }

    private void schoolRoutes(RouteTable table, Pages pages) {
        table.get("/admin/ecoles", Access.ADMIN, ex -> {
            String asked = ex.query("ecole");
            var list = schools.list(actor(ex.visitor()));
            var school = list.stream().filter(s -> s.name().equals(asked)).findFirst();
            var form = school.map(s -> schoolForm(s.name(), s.name(), s.levels().stream().map(Enum::name).toList()))
                    .orElseGet(() -> schoolForm("", "", List.of()));
            schoolsPage(pages, ex, Status.OK_200, list, form, Map.of());
        });
        table.post("/admin/ecoles", Access.ADMIN, ex -> {
            var chosen = ex.form().contains("levels") ? ex.form().all("levels") : List.<String>of();
            var levels = Arrays.stream(SchoolLevel.values()).filter(l -> chosen.contains(l.name())).toList();
            var errors = schools.save(actor(ex.visitor()), new TownSchools.Command(ex.field("currentName"), ex.field("name"), levels));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, "/admin/ecoles", "L'école « " + ex.field("name") + " » est enregistrée.");
            else schoolsPage(pages, ex, Pages.INVALID_FORM, schools.list(actor(ex.visitor())), schoolForm(ex.field("currentName"), ex.field("name"), chosen),
                    errors.asMap());
        });
    }

    private static Map<String, Object> schoolForm(String currentName, String name, List<String> levels) {
        return Map.of("currentName", currentName, "name", name, "levels", levels);
    }

    private void schoolsPage(Pages pages, Exchange ex, Status status, List<School> list, Map<String, Object> form, Map<String, String> errors) {
        pages.render(ex, status, "town/schools.ftlh", "Écoles", List.of(HOME, SETTINGS, Breadcrumb.here("Écoles")),
                Map.of("schools", list, "form", form, "errors", errors, "levels", List.of(SchoolLevel.values())));
    }

    private void documentTypeRoutes(RouteTable table, Pages pages) {
        table.get("/admin/justificatifs", Access.ADMIN, ex -> {
            var list = documentTypes.list(actor(ex.visitor()));
            var form = list.stream().filter(t -> t.code().equals(ex.query("type"))).findFirst()
                    .map(TownSetupPages::typeForm).orElseGet(() -> new DocumentTypeForm("", "", false, false));
            typesPage(pages, ex, Status.OK_200, list, form, Map.of());
        });
        table.post("/admin/justificatifs", Access.ADMIN, ex -> {
            var command = new TownDocumentTypes.Command(ex.field("code"), ex.field("label"), "oui".equals(ex.field("required")),
                    "oui".equals(ex.field("perChild")));
            FieldErrors errors = documentTypes.save(actor(ex.visitor()), command);
            if (errors.isEmpty()) pages.redirectWithNotice(ex, "/admin/justificatifs", "Le justificatif « " + command.label() + " » est enregistré : "
                    + "les dossiers des familles le demandent dès maintenant.");
            else typesPage(pages, ex, Pages.INVALID_FORM, documentTypes.list(actor(ex.visitor())),
                    new DocumentTypeForm(command.code(), command.label(), command.required(), command.perChild()), errors.asMap());
        });
    }

    /** The form as typed (a type refused has no valid code yet). */
    public record DocumentTypeForm(String code, String label, boolean required, boolean perChild) {
    }

    private static DocumentTypeForm typeForm(DocumentType type) {
        return new DocumentTypeForm(type.code(), type.label(), type.required(), type.perChild());
    }

    private void typesPage(Pages pages, Exchange ex, Status status, List<DocumentType> list, DocumentTypeForm form, Map<String, String> errors) {
        pages.render(ex, status, "town/document-types.ftlh", "Justificatifs demandés", List.of(HOME, SETTINGS, Breadcrumb.here("Justificatifs demandés")),
                Map.of("types", list, "form", form, "errors", errors));
    }

    private void documentRoutes(RouteTable table, Pages pages) {
        table.get("/agent/documents-de-la-ville", Access.STAFF, ex -> documentsPage(pages, ex, Status.OK_200, Map.of(), Map.of()));
        table.postMultipart("/agent/documents-de-la-ville", Access.STAFF, MAX_UPLOAD, (ex, upload) -> {
            var file = upload.file("file");
            String household = ex.field("household");
            Long householdId;
            try {
                householdId = household.isEmpty() ? null : Long.valueOf(household);
            } catch (NumberFormatException e) {
                householdId = 0L;
            }
            var command = new PublishTownDocument.Command(ex.field("title"), householdId, file.map(f -> f.fileName()).orElse(null),
                    file.map(f -> f.content()).orElse(null), upload.tooLarge() || file.map(f -> f.truncated()).orElse(false));
            switch (documents.publish(actor(ex.visitor()), command)) {
                case PublishTownDocument.Result.Published published -> pages.redirectWithNotice(ex, "/agent/documents-de-la-ville",
                        "« " + published.document().title() + " » est publié dans les « Documents de la ville » "
                                + (published.document().toEveryFamily() ? "de toutes les familles, y compris celles qui s'inscriront plus tard."
                                : "du foyer choisi."));
                case PublishTownDocument.Result.Invalid invalid -> documentsPage(pages, ex, Pages.INVALID_FORM, invalid.errors().asMap(),
                        Map.of("title", ex.field("title"), "household", household));
            }
        });
    }

    private void withdrawRoutes(RouteTable table, Pages pages) {
        // a confirmation page first: families lose the document at once
        table.get("/agent/documents-de-la-ville/{document}/retirer", Access.STAFF, ex -> {
            var document = documents.published(actor(ex.visitor())).stream().filter(d -> d.id() == PathIds.of(ex, "document")).findFirst();
            if (document.isEmpty()) ErrorPages.notFound(pages, ex);
            else pages.render(ex, "town/document-withdraw.ftlh", "Retirer « " + document.get().title() + " »",
                    List.of(HOME, new Breadcrumb("Documents de la ville", "/agent/documents-de-la-ville"), Breadcrumb.here("Retirer un document")),
                    Map.of("item", listed(documents.households(actor(ex.visitor())), List.of(document.get())).getFirst()));
        });
        table.post("/agent/documents-de-la-ville/{document}/retirer", Access.STAFF, ex -> {
            var withdrawn = documents.withdraw(actor(ex.visitor()), PathIds.of(ex, "document"));
            if (withdrawn.isEmpty()) ErrorPages.notFound(pages, ex);
            else pages.redirectWithNotice(ex, "/agent/documents-de-la-ville", "« " + withdrawn.get().title()
                    + " » est retiré : les familles ne le voient plus dans leurs « Documents de la ville ».");
        });
    }

    /** A published document as staff read it in the list. @param audience «Toutes les familles» or the household's name */
    public record Listed(TownDocument document, String audience) {
    }

    private static List<Listed> listed(List<Household> households, List<TownDocument> published) {
        var names = new HashMap<Long, String>();
        households.forEach(h -> names.put(h.id(), h.name() + " (n° " + h.id() + ")"));
        return published.stream().map(d -> new Listed(d, d.toEveryFamily() ? "Toutes les familles" : names.getOrDefault(d.householdId(),
                "Foyer n° " + d.householdId()))).toList();
    }

    private void documentsPage(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form) {
        var model = new HashMap<String, Object>();
        var households = documents.households(actor(ex.visitor()));
        model.put("households", households);
        model.put("published", listed(households, documents.published(actor(ex.visitor()))));
        model.put("errors", errors);
        model.put("form", form);
        pages.render(ex, status, "town/documents.ftlh", "Publier un document de la ville", List.of(HOME, Breadcrumb.here("Documents de la ville")), model);
    }
}
