package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.ReadQuotients;
import fr.portailfamille.application.billing.RecordQuotient;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;
import static fr.portailfamille.web.billing.CashOfficePages.HOME;

/** A household's quotients familiaux as the agent who checked the justificatif reads and records them. */
public final class StaffQuotientPages implements PortalWeb.Area {

    private final ReadQuotients read;
    private final RecordQuotient record;

    public StaffQuotientPages(ReadQuotients read, RecordQuotient record) {
        this.read = read;
        this.record = record;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/foyers/{household}/quotient", Access.STAFF, ex -> quotientPage(pages, ex, Status.OK_200, new FieldErrors(), Map.of()));
        table.post("/agent/foyers/{household}/quotient", Access.STAFF, ex -> {
            long household = PathIds.of(ex, "household");
            var parsed = BillingForms.quotient(ex::field);
            if (!parsed.ok()) {
                quotientPage(pages, ex, Pages.INVALID_FORM, parsed.errors(), ex.formValues());
                return;
            }
            record.record(actor(ex.visitor()), household, parsed.command());
            Pages.redirect(ex.response(), "/agent/foyers/" + household + "/quotient?enregistre=1");
        });
    }

    private void quotientPage(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var q = read.quotients(actor(ex.visitor()), PathIds.of(ex, "household"));
        pages.render(ex, status, "billing/quotient.ftlh", "Quotient familial – " + q.household().name(),
                List.of(HOME, new Breadcrumb("Foyers", "/agent/foyers"), new Breadcrumb(q.household().name(), "/agent/foyers/" + q.household().id()),
                        Breadcrumb.here("Quotient familial")),
                Map.of("q", q, "errors", errors.asMap(), "form", form, "sources", QuotientSource.values(), "saved", !ex.query("enregistre").isEmpty()));
    }
}
