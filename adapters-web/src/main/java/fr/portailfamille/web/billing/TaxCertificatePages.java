package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.ProduceTaxCertificates;
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
import java.util.Optional;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «Attestations fiscales pour frais de garde»: the agent chooses a year, sees how many households and children the
 * certificates name (and how many have theirs already), then produces them.
 */
public final class TaxCertificatePages implements PortalWeb.Area {

    static final String PATH = "/agent/attestations-fiscales";
    private static final String TITLE = "Attestations fiscales pour frais de garde";

    private final ProduceTaxCertificates certificates;

    public TaxCertificatePages(ProduceTaxCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get(PATH, Access.STAFF, ex -> {
            String year = ex.query("annee").isBlank() ? Integer.toString(certificates.lastEndedYear(actor(ex.visitor()))) : ex.query("annee").strip();
            page(pages, ex, year, null);
        });
        table.post(PATH, Access.STAFF, ex -> {
            String year = ex.field("annee").strip();
            Integer parsed = parse(year);
            if (parsed == null) {
                page(pages, ex, year, null);
                return;
            }
            switch (certificates.produce(actor(ex.visitor()), parsed)) {
                case ProduceTaxCertificates.Result.Produced done -> Pages.redirect(ex.response(), PATH + "?annee=" + done.year() + "&produites="
                        + done.produced() + "&courriels=" + done.mailed());
                case ProduceTaxCertificates.Result.Refused refused -> page(pages, ex, year, refused.message());
            }
        });
    }

    /** The page for that year: its preview when the year can have certificates, else why not (and a 422). */
    private void page(Pages pages, Exchange ex, String year, String refusal) {
        var actor = actor(ex.visitor());
        Integer parsed = parse(year);
        var yearRefusal = parsed == null ? Optional.of("Saisissez une année sur quatre chiffres, par exemple " + certificates.lastEndedYear(actor) + ".")
                : certificates.refusal(actor, parsed);
        String error = refusal != null ? refusal : yearRefusal.orElse(null);
        var model = new HashMap<String, Object>();
        model.put("year", year);
        model.put("errors", error == null ? Map.of() : Map.of("annee", error));
        if (yearRefusal.isEmpty()) model.put("preview", certificates.preview(actor, parsed));
        if (ex.query("produites").matches("[0-9]{1,6}") && ex.query("courriels").matches("[0-9]{1,6}")) {
            model.put("produced", ex.query("produites"));
            model.put("mailed", ex.query("courriels"));
        }
        pages.render(ex, error == null ? Status.OK_200 : Pages.INVALID_FORM, "billing/tax-certificates.ftlh", TITLE,
                List.of(new Breadcrumb("Accueil", "/"), new Breadcrumb("Régies", "/agent/regies"), Breadcrumb.here(TITLE)), model);
    }

    private static Integer parse(String year) {
        return year.matches("[0-9]{4}") ? Integer.valueOf(year) : null;
    }
}
