package fr.portailfamille.web.households;

import fr.portailfamille.application.households.ReviewDocuments;
import fr.portailfamille.application.households.StaffHouseholds;
import fr.portailfamille.application.households.TownConsents;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** Back-office: find a household, open its dossier (the pages of {@link AgentDossierPages}), and the queue of justificatifs to review. */
public final class StaffDossierPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");

    private final StaffHouseholds households;
    private final ReviewDocuments review;
    private final TownConsents consents;

    public StaffDossierPages(StaffHouseholds households, ReviewDocuments review, TownConsents consents) {
        this.households = households;
        this.review = review;
        this.consents = consents;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/foyers", Access.STAFF, ex -> pages.render(ex, "staff/households.ftlh", "Dossiers des familles",
                List.of(HOME, Breadcrumb.here("Foyers")),
                Map.of("households", households.search(actor(ex.visitor()), ex.query("q")), "query", ex.query("q"))));
        table.post("/agent/comptes/{id}/foyer", Access.STAFF, ex -> {
            var errors = households.openFor(actor(ex.visitor()), PathIds.of(ex, "id"), ex.field("name"));
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/foyers?q=" + java.net.URLEncoder.encode(ex.field("name"), java.nio.charset.StandardCharsets.UTF_8));
            else fr.portailfamille.web.ErrorPages.show(pages, ex, Pages.INVALID_FORM, "Dossier du foyer", errors.asMap().values().iterator().next());
        });
        table.post("/agent/foyers/{household}/comptes", Access.STAFF, ex -> {
            long household = PathIds.of(ex, "household");
            var errors = households.attach(actor(ex.visitor()), household, ex.field("loginId"));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, "/agent/foyers/" + household, "Le compte a été rattaché au foyer.");
            else fr.portailfamille.web.ErrorPages.show(pages, ex, Pages.INVALID_FORM, "Rattacher un compte", errors.asMap().get("loginId"));
        });
        table.get("/admin/consentements", Access.ADMIN, ex -> consentsPage(pages, ex, Status.OK_200, Map.of(), Map.of(), null));
        table.post("/admin/consentements", Access.ADMIN, ex -> {
            var errors = consents.publish(actor(ex.visitor()), ex.field("code"), ex.field("label"), "oui".equals(ex.field("required")));
            if (errors.isEmpty()) consentsPage(pages, ex, Status.OK_200, Map.of(), Map.of(),
                    "La question est publiée : les familles y répondront depuis leur dossier.");
            else consentsPage(pages, ex, Pages.INVALID_FORM, errors.asMap(),
                    Map.of("code", ex.field("code"), "label", ex.field("label"), "required", ex.field("required")), null);
        });
        table.get("/agent/justificatifs", Access.STAFF, ex -> queue(pages, ex, Status.OK_200, null, null));
        table.post("/agent/justificatifs/{document}/valider", Access.STAFF, ex -> {
            review.validate(actor(ex.visitor()), PathIds.of(ex, "document"));
            pages.redirectWithNotice(ex, "/agent/justificatifs", "Le justificatif a été validé.");
        });
        table.post("/agent/justificatifs/{document}/refuser", Access.STAFF, ex -> {
            var refusal = review.reject(actor(ex.visitor()), PathIds.of(ex, "document"), ex.field("reason"));
            if (refusal.isPresent()) queue(pages, ex, Pages.INVALID_FORM, refusal.get(), "error");
            else pages.redirectWithNotice(ex, "/agent/justificatifs", "Le justificatif a été refusé ; la famille voit la raison sur son dossier.");
        });
    }

    private void consentsPage(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form, String notice) {
        var model = new HashMap<String, Object>(Map.of("questions", consents.current(actor(ex.visitor())), "errors", errors, "form", form));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "staff/consents.ftlh", "Consentements demandés aux familles", List.of(HOME, Breadcrumb.here("Consentements")), model);
    }

    private void queue(Pages pages, Exchange ex, Status status, String notice, String kind) {
        var model = new HashMap<String, Object>(Map.of("pending", review.queue(actor(ex.visitor()))));
        if (notice != null) {
            model.put("notice", notice);
            model.put("noticeKind", kind);
        }
        pages.render(ex, status, "staff/documents-queue.ftlh", "Justificatifs à valider", List.of(HOME, Breadcrumb.here("Justificatifs")), model);
    }
}
