package fr.portailfamille.web.billing;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.billing.LookUpQuotient;
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

/**
 * «Mon quotient familial» for the family (what applies, and the request to the CAF or the MSA through API Particulier
 * once the family ticks its agreement), and the same request by an agent for a household whose family agreed.
 */
public final class QuotientLookupPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final List<String> FIELDS = List.of("birthName", "firstNames", "sex", "birthDate", "birthTownInsee", "birthCountryInsee");

    private final LookUpQuotient lookUp;

    public QuotientLookupPages(LookUpQuotient lookUp) {
        this.lookUp = lookUp;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/dossier/quotient", Access.PARENT, ex -> familyPage(pages, ex, Status.OK_200, Map.of()));
        table.post("/dossier/quotient", Access.PARENT, ex -> {
            switch (lookUp.forMyHousehold(actor(ex.visitor()), form(ex))) {
                case LookUpQuotient.Result.Stored stored -> pages.redirectWithNotice(ex, "/dossier/quotient", "Votre quotient familial, "
                        + stored.quotient().describe() + ", est enregistré : il fixe le tarif de vos prochaines factures.");
                case LookUpQuotient.Result.Invalid invalid -> familyPage(pages, ex, Pages.INVALID_FORM, Map.of("errors", invalid.errors().asMap(), "form", typed(ex)));
                case LookUpQuotient.Result.Manual manual -> familyPage(pages, ex, status(manual), Map.of("manual", manual.message(), "form", typed(ex)));
            }
        });
        table.get("/agent/foyers/{household}/quotient/api-particulier", Access.STAFF, ex -> agentPage(pages, ex, Status.OK_200, Map.of()));
        table.post("/agent/foyers/{household}/quotient/api-particulier", Access.STAFF, ex -> {
            long household = PathIds.of(ex, "household");
            switch (lookUp.forHousehold(actor(ex.visitor()), household, form(ex))) {
                case LookUpQuotient.Result.Stored stored -> pages.redirectWithNotice(ex, "/agent/foyers/" + household + "/quotient",
                        "Quotient familial reçu d'API Particulier : " + stored.quotient().describe() + ".");
                case LookUpQuotient.Result.Invalid invalid -> agentPage(pages, ex, Pages.INVALID_FORM, Map.of("errors", invalid.errors().asMap(), "form", typed(ex)));
                case LookUpQuotient.Result.Manual manual -> agentPage(pages, ex, status(manual), Map.of("manual", manual.message(), "form", typed(ex)));
            }
        });
    }

    private static Status status(LookUpQuotient.Result.Manual manual) {
        return manual.message().equals(LookUpQuotient.FAILED) ? Status.SERVICE_UNAVAILABLE_503 : Status.OK_200;
    }

    private void familyPage(Pages pages, Exchange ex, Status status, Map<String, ?> extra) {
        var model = model(extra);
        model.put("mine", lookUp.mine(actor(ex.visitor())));
        model.put("action", "/dossier/quotient");
        pages.render(ex, status, "billing/my-quotient.ftlh", "Mon quotient familial",
                List.of(HOME, new Breadcrumb("Mon dossier", "/dossier"), Breadcrumb.here("Quotient familial")), model);
    }

    private void agentPage(Pages pages, Exchange ex, Status status, Map<String, ?> extra) {
        long household = PathIds.of(ex, "household");
        var model = model(extra);
        model.put("action", "/agent/foyers/" + household + "/quotient/api-particulier");
        model.put("back", "/agent/foyers/" + household + "/quotient");
        pages.render(ex, status, "billing/quotient-api.ftlh", "Demander le quotient familial à la CAF ou à la MSA",
                List.of(HOME, new Breadcrumb("Quotient familial", "/agent/foyers/" + household + "/quotient"), Breadcrumb.here("API Particulier")), model);
    }

    private Map<String, Object> model(Map<String, ?> extra) {
        var model = new HashMap<String, Object>(Map.of("errors", Map.of(), "form", Map.of(), "available", lookUp.available()));
        model.putAll(extra);
        return model;
    }

    private static LookUpQuotient.Form form(Exchange ex) {
        return new LookUpQuotient.Form("oui".equals(ex.field("consent")), ex.field("birthName"), ex.field("firstNames"), ex.field("sex"),
                ex.field("birthDate"), ex.field("birthTownInsee"), ex.field("birthCountryInsee"));
    }

    private static Map<String, String> typed(Exchange ex) {
        var typed = new HashMap<String, String>();
        FIELDS.forEach(name -> typed.put(name, ex.field(name)));
        return typed;
    }
}
