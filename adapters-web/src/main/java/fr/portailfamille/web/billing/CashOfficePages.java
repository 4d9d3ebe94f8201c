package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.ReadInvoicingRuns;
import fr.portailfamille.application.billing.ReadCashOffices;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * The agents' régies: their settings and tariffs, and the month an invoicing run is opened for — the régie's page
 * lists its runs and starts the next one.
 */
public final class CashOfficePages implements PortalWeb.Area {

    static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    static final Breadcrumb REGIES = new Breadcrumb("Régies", "/agent/regies");

    private final ReadCashOffices read;
    private final SaveCashOffice saveCashOffice;
    private final SetTariff setTariff;
    private final ReadInvoicingRuns runs;
    private final OpenInvoicingRun openRun;

    public CashOfficePages(ReadCashOffices read, SaveCashOffice saveCashOffice, SetTariff setTariff, ReadInvoicingRuns runs, OpenInvoicingRun openRun) {
        this.read = read;
        this.saveCashOffice = saveCashOffice;
        this.setTariff = setTariff;
        this.runs = runs;
        this.openRun = openRun;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/regies", Access.STAFF, ex -> regies(pages, ex, Status.OK_200, new FieldErrors(), Map.of()));
        table.post("/agent/regies", Access.STAFF, ex -> saveCashOffice(pages, ex, 0));
        table.get("/agent/regies/{office}", Access.STAFF, ex -> regie(pages, ex, Status.OK_200, new FieldErrors(), null));
        table.post("/agent/regies/{office}", Access.STAFF, ex -> saveCashOffice(pages, ex, PathIds.of(ex, "office")));
        table.get("/agent/regies/{office}/tarifs/nouveau", Access.STAFF, ex -> tariffPage(pages, ex, Status.OK_200, 0, new FieldErrors(), Map.of()));
        table.get("/agent/regies/{office}/tarifs/{tariff}", Access.STAFF, ex -> {
            long id = PathIds.of(ex, "tariff");
            tariffPage(pages, ex, Status.OK_200, id, new FieldErrors(), formOf(read.tariff(actor(ex.visitor()), PathIds.of(ex, "office"), id)));
        });
        table.post("/agent/regies/{office}/tarifs", Access.STAFF, ex -> saveTariff(pages, ex, 0));
        table.post("/agent/regies/{office}/tarifs/{tariff}", Access.STAFF, ex -> saveTariff(pages, ex, PathIds.of(ex, "tariff")));
        table.post("/agent/regies/{office}/facturations", Access.STAFF, ex -> {
            YearMonth month;
            try {
                month = YearMonth.parse(ex.field("month"));
            } catch (DateTimeParseException e) {
                var errors = new FieldErrors().add("month", "Choisissez le mois à facturer.");
                regie(pages, ex, Pages.INVALID_FORM, errors, null);
                return;
            }
            switch (openRun.open(actor(ex.visitor()), PathIds.of(ex, "office"), month)) {
                case OpenInvoicingRun.Start.Started started -> Pages.redirect(ex.response(), "/agent/facturations/" + started.run().id());
                case OpenInvoicingRun.Start.Refused refused -> regie(pages, ex, Pages.INVALID_FORM, new FieldErrors().add("month", refused.message()), ex.formValues());
            }
        });
    }

    /** Creates a régie ({@code id} 0) or changes one. */
    private void saveCashOffice(Pages pages, Exchange ex, long id) {
        var parsed = BillingForms.cashOffice(ex::field);
        var saved = parsed.ok() ? saveCashOffice.save(actor(ex.visitor()), id, parsed.command()) : null;
        if (saved != null && saved.ok()) Pages.redirect(ex.response(), "/agent/regies/" + saved.value().id() + (id == 0 ? "" : "?enregistre=1"));
        else if (id == 0) regies(pages, ex, Pages.INVALID_FORM, saved == null ? parsed.errors() : saved.errors(), ex.formValues());
        else regie(pages, ex, Pages.INVALID_FORM, saved == null ? parsed.errors() : saved.errors(), ex.formValues());
    }

    private void regies(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        pages.render(ex, status, "billing/regies.ftlh", "Régies", List.of(HOME, Breadcrumb.here("Régies")),
                Map.of("offices", read.cashOffices(actor(ex.visitor())), "errors", errors.asMap(), "form", form));
    }

    private void regie(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var office = read.cashOffice(actor(ex.visitor()), PathIds.of(ex, "office"));
        var values = form != null ? form : Map.of("name", office.name(), "clientNumber", office.payfipClientNumber(), "prefix", office.invoicePrefix(),
                "template", office.numberPattern().template());
        pages.render(ex, status, "billing/regie.ftlh", office.name(), List.of(HOME, REGIES, Breadcrumb.here(office.name())),
                Map.of("office", office, "tariffs", read.tariffs(actor(ex.visitor()), office.id()), "runs", runs.runs(actor(ex.visitor()), office.id()),
                        "errors", errors.asMap(), "form", values, "saved", !ex.query("enregistre").isEmpty(), "deleted", !ex.query("supprime").isEmpty()));
    }

    private void saveTariff(Pages pages, Exchange ex, long tariffId) {
        if (tariffId != 0) read.tariff(actor(ex.visitor()), PathIds.of(ex, "office"), tariffId); // another régie's tariff is not found
        var parsed = BillingForms.tariff(ex::field);
        if (!parsed.ok()) {
            tariffPage(pages, ex, Pages.INVALID_FORM, tariffId, parsed.errors(), ex.formValues());
            return;
        }
        setTariff.save(actor(ex.visitor()), PathIds.of(ex, "office"), tariffId, parsed.command());
        Pages.redirect(ex.response(), "/agent/regies/" + PathIds.of(ex, "office") + "?enregistre=1");
    }

    /** A saved tariff as its form shows it, prices as agents type them. */
    private static Map<String, String> formOf(fr.portailfamille.application.billing.Tariff t) {
        var form = new HashMap<String, String>(Map.of("key", t.key(), "activityName", t.activityName(), "unitLabel", t.grid().unitLabel(),
                "validFrom", t.grid().validFrom().toString(), "validTo", t.grid().validTo() == null ? "" : t.grid().validTo().toString(),
                "billLateCancellations", t.rules().billLateCancellations() ? "oui" : ""));
        var brackets = t.grid().brackets();
        for (int i = 0; i < brackets.size(); i++) {
            var b = brackets.get(i);
            form.put("label" + (i + 1), b.label());
            form.put("from" + (i + 1), Integer.toString(b.fromQuotient()));
            form.put("to" + (i + 1), b.toQuotient() == null ? "" : Integer.toString(b.toQuotient()));
            form.put("price" + (i + 1), b.unitPrice().formatNumber());
        }
        return form;
    }

    private void tariffPage(Pages pages, Exchange ex, Status status, long tariffId, FieldErrors errors, Map<String, String> form) {
        var office = read.cashOffice(actor(ex.visitor()), PathIds.of(ex, "office"));
        String title = tariffId == 0 ? "Nouveau tarif" : "Modifier le tarif";
        pages.render(ex, status, "billing/tariff.ftlh", title,
                List.of(HOME, REGIES, new Breadcrumb(office.name(), "/agent/regies/" + office.id()), Breadcrumb.here(title)),
                Map.of("office", office, "tariffId", tariffId, "errors", errors.asMap(), "form", form, "rows", BillingForms.BRACKET_ROWS));
    }
}
