package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.DeleteDraftRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.PrintPaperInvoices;
import fr.portailfamille.application.billing.ReadInvoicingRuns;
import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static fr.portailfamille.web.accounts.SessionCookie.actor;
import static fr.portailfamille.web.billing.CashOfficePages.HOME;
import static fr.portailfamille.web.billing.CashOfficePages.REGIES;

/** An invoicing run as agents carry it out: draft → computed → reviewed → finalised, its CSV export and paper invoices. */
public final class InvoicingRunPages implements PortalWeb.Area {

    private static final Logger LOG = Logger.getLogger(InvoicingRunPages.class.getName());

    /** The run's use cases, in the order an agent meets them. */
    public record UseCases(ReadInvoicingRuns read, ComputeInvoicingRun compute, ReviewInvoicingRun review, DeleteDraftRun deleteDraft,
                           FinaliseInvoicingRun finalise, PrintPaperInvoices print) {
    }

    private final UseCases runs;

    public InvoicingRunPages(UseCases runs) {
        this.runs = runs;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/facturations/{run}", Access.STAFF, ex -> review(pages, ex, Status.OK_200, List.of()));
        table.post("/agent/facturations/{run}/calcul", Access.STAFF, ex -> {
            switch (runs.compute().compute(actor(ex.visitor()), PathIds.of(ex, "run"))) {
                case ComputeInvoicingRun.Computed.Done done -> Pages.redirect(ex.response(), "/agent/facturations/" + PathIds.of(ex, "run") + "?calcule=1");
                case ComputeInvoicingRun.Computed.Refused refused -> review(pages, ex, Pages.INVALID_FORM, refused.problems());
            }
        });
        table.get("/agent/facturations/{run}/finalisation", Access.STAFF, ex -> confirmation(pages, ex));
        table.post("/agent/facturations/{run}/suppression", Access.STAFF, ex -> {
            long office = runs.read().run(actor(ex.visitor()), PathIds.of(ex, "run")).cashOffice().id();
            var refused = runs.deleteDraft().deleteDraft(actor(ex.visitor()), PathIds.of(ex, "run"));
            if (refused.isEmpty()) Pages.redirect(ex.response(), "/agent/regies/" + office + "?supprime=1");
            else review(pages, ex, Pages.INVALID_FORM, List.of(refused.get()));
        });
        table.post("/agent/facturations/{run}/finalisation", Access.STAFF, ex -> {
            // issuing invoices, numbering them and mailing families cannot be undone: only the confirmation page's form does it
            if (!"oui".equals(ex.field("confirme"))) {
                Pages.redirect(ex.response(), "/agent/facturations/" + PathIds.of(ex, "run") + "/finalisation");
                return;
            }
            switch (finalise(ex)) {
                case FinaliseInvoicingRun.Finalisation.Finalised done -> Pages.redirect(ex.response(), "/agent/facturations/" + PathIds.of(ex, "run") + "?finalise=1");
                case FinaliseInvoicingRun.Finalisation.Refused refused -> review(pages, ex, Pages.INVALID_FORM, List.of(refused.message()));
            }
        });
        table.get("/agent/facturations/{run}/export.csv", Access.STAFF, ex -> {
            var review = runs.review().review(actor(ex.visitor()), PathIds.of(ex, "run"));
            byte[] csv = RunCsv.write(review).getBytes(StandardCharsets.UTF_8);
            var res = ex.response();
            res.status(Status.OK_200);
            res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
            res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"facturation-" + review.cashOffice().invoicePrefix() + "-"
                    + review.run().month() + ".csv\"");
            res.header(HeaderNames.CACHE_CONTROL, "no-store");
            res.send(csv);
        });
        table.get("/agent/facturations/{run}/factures-papier.pdf", Access.STAFF, ex -> {
            var print = runs.print().paperPrint(actor(ex.visitor()), PathIds.of(ex, "run"));
            if (print.isEmpty()) throw new Actor.NotAllowed(); // nothing to print: the link is not shown either
            BillingPages.sendPdf(ex, new Facturation.Pdf(print.get().fileName(), print.get().content()));
        });
    }

    /**
     * The finalisation, whose failure (the database gone mid-way, a mail that cannot be composed…) is a page saying so:
     * it ran in one transaction, so nothing was issued, numbered, told or mailed, and the agent may simply try again.
     */
    private FinaliseInvoicingRun.Finalisation finalise(Exchange ex) {
        try {
            return runs.finalise().finalise(actor(ex.visitor()), PathIds.of(ex, "run"));
        } catch (Actor.NotAllowed e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Finalisation de la facturation " + PathIds.of(ex, "run") + " interrompue", e);
            return new FinaliseInvoicingRun.Finalisation.Refused("La finalisation n'a pas abouti : aucune facture n'a été émise, numérotée ni envoyée. "
                    + "Réessayez dans un instant ; si cela se reproduit, prévenez l'administrateur du portail.");
        }
    }

    private void review(Pages pages, Exchange ex, Status status, List<String> problems) {
        var review = runs.review().review(actor(ex.visitor()), PathIds.of(ex, "run"));
        String title = "Facturation " + (review.run().complementary() ? "complémentaire " : "") + review.cashOffice().name() + " – "
                + String.format("%02d/%d", review.run().month().getMonthValue(), review.run().month().getYear());
        pages.render(ex, status, "billing/run.ftlh", title, List.of(HOME, REGIES,
                new Breadcrumb(review.cashOffice().name(), "/agent/regies/" + review.cashOffice().id()), Breadcrumb.here("Facturation")),
                Map.of("review", review, "problems", problems, "families", byText(review.householdNames())));
    }

    private void confirmation(Pages pages, Exchange ex) {
        var c = runs.review().confirmation(actor(ex.visitor()), PathIds.of(ex, "run"));
        if (c.run().isFinal()) {
            Pages.redirect(ex.response(), "/agent/facturations/" + c.run().id());
            return;
        }
        pages.render(ex, Status.OK_200, "billing/run-confirm.ftlh", "Confirmer la finalisation", List.of(HOME, REGIES,
                new Breadcrumb(c.cashOffice().name(), "/agent/regies/" + c.cashOffice().id()),
                new Breadcrumb("Facturation", "/agent/facturations/" + c.run().id()), Breadcrumb.here("Confirmer la finalisation")), Map.of("c", c));
    }

    /** FreeMarker looks a hash up by text: the households' names keyed «3», not 3L. */
    private static Map<String, String> byText(Map<Long, String> names) {
        var byText = new HashMap<String, String>();
        names.forEach((id, name) -> byText.put(Long.toString(id), name));
        return byText;
    }
}
