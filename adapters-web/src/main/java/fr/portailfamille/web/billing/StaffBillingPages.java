package fr.portailfamille.web.billing;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.InvoicingRuns;
import fr.portailfamille.application.billing.ManageBilling;
import fr.portailfamille.application.billing.PaymentLedgerCheck;
import fr.portailfamille.application.billing.StaffInvoices;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

// Long because: the billing back-office routes share their forms and helpers; to be split by audience (régie settings / invoicing runs) with the page classes per audience of issue 25.
/**
 * The back-office of billing: régies and their tariffs, households' quotients, invoicing runs (draft → review →
 * finalise, CSV export), invoice search, payments received at the desk and credit notes.
 */
public final class StaffBillingPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb REGIES = new Breadcrumb("Régies", "/agent/regies");
    private static final int BRACKET_ROWS = 8;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(StaffBillingPages.class.getName());

    private final ManageBilling settings;
    private final InvoicingRuns runs;
    private final StaffInvoices invoices;
    private final Facturation facturation;
    private final PaymentLedgerCheck ledger;

    public StaffBillingPages(ManageBilling settings, InvoicingRuns runs, StaffInvoices invoices, Facturation facturation, PaymentLedgerCheck ledger) {
        this.ledger = ledger;
        this.settings = settings;
        this.runs = runs;
        this.invoices = invoices;
        this.facturation = facturation;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/regies", Access.STAFF, ex -> regies(pages, ex, Status.OK_200, new FieldErrors(), Map.of()));
        table.post("/agent/regies", Access.STAFF, ex -> {
            var saved = settings.saveCashOffice(actor(ex.visitor()), 0, cashOfficeForm(ex));
            if (saved.ok()) Pages.redirect(ex.response(), "/agent/regies/" + saved.value().id());
            else regies(pages, ex, Pages.INVALID_FORM, saved.errors(), formOf(ex));
        });
        table.get("/agent/regies/{office}", Access.STAFF, ex -> regie(pages, ex, Status.OK_200, new FieldErrors(), null));
        table.post("/agent/regies/{office}", Access.STAFF, ex -> {
            var saved = settings.saveCashOffice(actor(ex.visitor()), PathIds.of(ex, "office"), cashOfficeForm(ex));
            if (saved.ok()) Pages.redirect(ex.response(), "/agent/regies/" + saved.value().id() + "?enregistre=1");
            else regie(pages, ex, Pages.INVALID_FORM, saved.errors(), formOf(ex));
        });
        table.get("/agent/regies/{office}/tarifs/nouveau", Access.STAFF, ex -> tariffPage(pages, ex, Status.OK_200, 0, new FieldErrors(), Map.of()));
        table.get("/agent/regies/{office}/tarifs/{tariff}", Access.STAFF, ex -> {
            long id = PathIds.of(ex, "tariff");
            var t = settings.tariff(actor(ex.visitor()), PathIds.of(ex, "office"), id);
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
            tariffPage(pages, ex, Status.OK_200, id, new FieldErrors(), form);
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
            switch (runs.open(actor(ex.visitor()), PathIds.of(ex, "office"), month)) {
                case InvoicingRuns.Start.Started started -> Pages.redirect(ex.response(), "/agent/facturations/" + started.run().id());
                case InvoicingRuns.Start.Refused refused -> regie(pages, ex, Pages.INVALID_FORM, new FieldErrors().add("month", refused.message()), formOf(ex));
            }
        });
        table.get("/agent/facturations/{run}", Access.STAFF, ex -> review(pages, ex, Status.OK_200, List.of()));
        table.post("/agent/facturations/{run}/calcul", Access.STAFF, ex -> {
            switch (runs.compute(actor(ex.visitor()), PathIds.of(ex, "run"))) {
                case InvoicingRuns.Computed.Done done -> Pages.redirect(ex.response(), "/agent/facturations/" + PathIds.of(ex, "run") + "?calcule=1");
                case InvoicingRuns.Computed.Refused refused -> review(pages, ex, Pages.INVALID_FORM, refused.problems());
            }
        });
        table.get("/agent/facturations/{run}/finalisation", Access.STAFF, ex -> confirmation(pages, ex));
        table.post("/agent/facturations/{run}/suppression", Access.STAFF, ex -> {
            long office = runs.run(actor(ex.visitor()), PathIds.of(ex, "run")).cashOffice().id();
            var refused = runs.deleteDraft(actor(ex.visitor()), PathIds.of(ex, "run"));
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
                case InvoicingRuns.Finalisation.Finalised done -> Pages.redirect(ex.response(), "/agent/facturations/" + PathIds.of(ex, "run") + "?finalise=1");
                case InvoicingRuns.Finalisation.Refused refused -> review(pages, ex, Pages.INVALID_FORM, List.of(refused.message()));
            }
        });
        table.get("/agent/facturations/{run}/export.csv", Access.STAFF, ex -> {
            var review = runs.review(actor(ex.visitor()), PathIds.of(ex, "run"));
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
            var print = runs.paperPrint(actor(ex.visitor()), PathIds.of(ex, "run"));
            if (print.isEmpty()) throw new Actor.NotAllowed(); // nothing to print: the link is not shown either
            BillingPages.sendPdf(ex, new Facturation.Pdf(print.get().fileName(), print.get().content()));
        });
        table.get("/agent/paiements/rapprochement", Access.STAFF, ex -> {
            var model = new HashMap<String, Object>();
            var status = Status.OK_200;
            // today's payments unless another day is asked
            String day = ex.query("jour").isEmpty() ? ledger.today().toString() : ex.query("jour").strip();
            model.put("day", day);
            {
                try {
                    model.put("report", ledger.compare(actor(ex.visitor()), java.time.LocalDate.parse(day)));
                } catch (DateTimeParseException e) {
                    model.put("error", "Saisissez un jour valide, par exemple 02/11/2026.");
                    status = Pages.INVALID_FORM;
                }
            }
            pages.render(ex, status, "billing/ledger.ftlh", "Rapprochement des paiements en ligne",
                    List.of(HOME, REGIES, Breadcrumb.here("Rapprochement des paiements en ligne")), model);
        });
        table.get("/agent/factures", Access.STAFF, ex -> {
            Optional<InvoiceStatus> status = Optional.empty();
            try {
                if (!ex.query("etat").isEmpty()) status = Optional.of(InvoiceStatus.valueOf(ex.query("etat")));
            } catch (IllegalArgumentException ignored) {
                // every status
            }
            pages.render(ex, "billing/staff-invoices.ftlh", "Factures", List.of(HOME, Breadcrumb.here("Factures")),
                    Map.of("found", invoices.search(actor(ex.visitor()), ex.query("q"), status), "q", ex.query("q"), "etat", ex.query("etat"),
                            "statuses", InvoiceStatus.values()));
        });
        table.get("/agent/factures/{number}", Access.STAFF, ex -> staffInvoice(pages, ex, Status.OK_200, new FieldErrors(), Map.of()));
        table.get("/agent/factures/{number}/pdf", Access.STAFF, ex -> BillingPages.sendPdf(ex, facturation.pdf(actor(ex.visitor()), ex.pathParam("number"))));
        table.post("/agent/factures/{number}/paiement-guichet", Access.STAFF, ex -> {
            var errors = invoices.recordDeskPayment(actor(ex.visitor()), ex.pathParam("number"), ex.field("method"), ex.field("amount"), ex.field("reference"));
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/factures/" + ex.pathParam("number") + "?paye=1");
            else staffInvoice(pages, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.post("/agent/factures/{number}/avoir", Access.STAFF, ex -> {
            var quantities = new ArrayList<Integer>();
            var errors = new FieldErrors();
            for (int i = 0; ex.form().contains("quantity" + i); i++) {
                try {
                    quantities.add(ex.field("quantity" + i).isEmpty() ? 0 : Integer.parseInt(ex.field("quantity" + i)));
                } catch (NumberFormatException e) {
                    errors.add("lines", "Les quantités sont des nombres entiers.");
                }
            }
            var days = givenBack(ticked(ex));
            if (days.isEmpty()) errors.add("days", "Un jour coché n'est pas reconnu : rechargez la page de la facture.");
            if (errors.isEmpty()) errors = invoices.issueCreditNote(actor(ex.visitor()), ex.pathParam("number"), quantities, ex.field("reason"), days.get());
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/factures/" + ex.pathParam("number") + "?avoir=1");
            else staffInvoice(pages, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.get("/agent/foyers/{household}/quotient", Access.STAFF, ex -> quotientPage(pages, ex, Status.OK_200, new FieldErrors(), Map.of()));
        table.post("/agent/foyers/{household}/quotient", Access.STAFF, ex -> {
            var errors = settings.setQuotient(actor(ex.visitor()), PathIds.of(ex, "household"), new ManageBilling.QuotientForm(ex.field("euros"),
                    ex.field("source"), ex.field("validFrom"), ex.field("validTo")));
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/foyers/" + PathIds.of(ex, "household") + "/quotient?enregistre=1");
            else quotientPage(pages, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
    }

    /**
     * The finalisation, whose failure (the database gone mid-way, a mail that cannot be composed…) is a page saying so:
     * it ran in one transaction, so nothing was issued, numbered, told or mailed, and the agent may simply try again.
     */
    private InvoicingRuns.Finalisation finalise(Exchange ex) {
        try {
            return runs.finalise(actor(ex.visitor()), PathIds.of(ex, "run"));
        } catch (Actor.NotAllowed e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Finalisation de la facturation " + PathIds.of(ex, "run") + " interrompue", e);
            return new InvoicingRuns.Finalisation.Refused("La finalisation n'a pas abouti : aucune facture n'a été émise, numérotée ni envoyée. "
                    + "Réessayez dans un instant ; si cela se reproduit, prévenez l'administrateur du portail.");
        }
    }

    private void regies(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        pages.render(ex, status, "billing/regies.ftlh", "Régies", List.of(HOME, Breadcrumb.here("Régies")),
                Map.of("offices", settings.cashOffices(actor(ex.visitor())), "errors", errors.asMap(), "form", form));
    }

    private void regie(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var office = settings.cashOffice(actor(ex.visitor()), PathIds.of(ex, "office"));
        var values = form != null ? form : Map.of("name", office.name(), "clientNumber", office.payfipClientNumber(), "prefix", office.invoicePrefix(),
                "template", office.numberPattern().template());
        pages.render(ex, status, "billing/regie.ftlh", office.name(), List.of(HOME, REGIES, Breadcrumb.here(office.name())),
                Map.of("office", office, "tariffs", settings.tariffs(actor(ex.visitor()), office.id()), "runs", runs.runs(actor(ex.visitor()), office.id()),
                        "errors", errors.asMap(), "form", values, "saved", !ex.query("enregistre").isEmpty(), "deleted", !ex.query("supprime").isEmpty()));
    }

    private void saveTariff(Pages pages, Exchange ex, long tariffId) {
        var brackets = new ArrayList<ManageBilling.BracketForm>();
        for (int i = 1; i <= BRACKET_ROWS; i++) {
            brackets.add(new ManageBilling.BracketForm(ex.field("label" + i), ex.field("from" + i), ex.field("to" + i), ex.field("price" + i)));
        }
        var saved = settings.saveTariff(actor(ex.visitor()), PathIds.of(ex, "office"), tariffId, new ManageBilling.TariffForm(ex.field("key"),
                ex.field("activityName"), ex.field("unitLabel"), ex.field("validFrom"), ex.field("validTo"), "oui".equals(ex.field("billLateCancellations")),
                ex.field("surchargeKind"), ex.field("surcharge"), brackets));
        if (saved.ok()) Pages.redirect(ex.response(), "/agent/regies/" + PathIds.of(ex, "office") + "?enregistre=1");
        else tariffPage(pages, ex, Pages.INVALID_FORM, tariffId, saved.errors(), formOf(ex));
    }

    private void tariffPage(Pages pages, Exchange ex, Status status, long tariffId, FieldErrors errors, Map<String, String> form) {
        var office = settings.cashOffice(actor(ex.visitor()), PathIds.of(ex, "office"));
        String title = tariffId == 0 ? "Nouveau tarif" : "Modifier le tarif";
        pages.render(ex, status, "billing/tariff.ftlh", title,
                List.of(HOME, REGIES, new Breadcrumb(office.name(), "/agent/regies/" + office.id()), Breadcrumb.here(title)),
                Map.of("office", office, "tariffId", tariffId, "errors", errors.asMap(), "form", form, "rows", BRACKET_ROWS));
    }

    private void review(Pages pages, Exchange ex, Status status, List<String> problems) {
        var review = runs.review(actor(ex.visitor()), PathIds.of(ex, "run"));
        String title = "Facturation " + (review.run().complementary() ? "complémentaire " : "") + review.cashOffice().name() + " – "
                + String.format("%02d/%d", review.run().month().getMonthValue(), review.run().month().getYear());
        pages.render(ex, status, "billing/run.ftlh", title, List.of(HOME, REGIES,
                new Breadcrumb(review.cashOffice().name(), "/agent/regies/" + review.cashOffice().id()), Breadcrumb.here("Facturation")),
                Map.of("review", review, "problems", problems, "families", byText(review.householdNames())));
    }

    private void confirmation(Pages pages, Exchange ex) {
        var c = runs.confirmation(actor(ex.visitor()), PathIds.of(ex, "run"));
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
        var byText = new java.util.HashMap<String, String>();
        names.forEach((id, name) -> byText.put(Long.toString(id), name));
        return byText;
    }

    private void staffInvoice(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var detail = facturation.detail(actor(ex.visitor()), ex.pathParam("number"));
        String family = invoices.find(actor(ex.visitor()), ex.pathParam("number")).householdName();
        pages.render(ex, status, "billing/invoice.ftlh", "Facture " + detail.invoice().number().value() + (family.isEmpty() ? "" : " – " + family),
                List.of(HOME, new Breadcrumb("Factures", "/agent/factures"), Breadcrumb.here(detail.invoice().number().value())),
                Map.ofEntries(Map.entry("d", detail), Map.entry("pdfSize", BillingPages.kilobytes(detail.pdfSize())), Map.entry("root", "/agent/factures/"), Map.entry("staff", true),
                        Map.entry("desk", invoices.deskPayments(actor(ex.visitor()), ex.pathParam("number"))), Map.entry("errors", errors.asMap()), Map.entry("form", form),
                        Map.entry("methods", List.of(PaymentMethod.CASH, PaymentMethod.CHEQUE, PaymentMethod.CESU, PaymentMethod.CARD_AT_DESK)),
                        Map.entry("billedDays", invoices.billedDays(actor(ex.visitor()), ex.pathParam("number")).stream().map(DayChoice::of).toList()),
                        Map.entry("chosenDays", ticked(ex)), Map.entry("family", family)));
    }

    /** A checkbox of the credit note form: the value posted back, what the agent reads. */
    public record DayChoice(String key, String label) {
        static DayChoice of(fr.portailfamille.application.billing.port.BilledDays.InvoicedDay d) {
            var day = d.day();
            return new DayChoice(day.childId() + ":" + day.activityId() + ":" + day.day(),
                    fr.portailfamille.web.Formats.FRENCH.day(day.day()) + " – " + d.childName() + " – " + d.activityName());
        }
    }

    /** The days ticked on the credit note form (none on a page merely shown). */
    private static List<String> ticked(Exchange ex) {
        return ex.form() != null && ex.form().contains("day") ? ex.form().all("day") : List.of();
    }

    /** The credit note form's ticked days, «child:activity:2026-12-15» each; empty when one is not (a forged form). */
    static Optional<List<BilledDay>> givenBack(List<String> values) {
        var days = new ArrayList<BilledDay>();
        for (String value : values) {
            var parts = value.split(":");
            try {
                if (parts.length != 3) return Optional.empty();
                days.add(new BilledDay(Long.parseLong(parts[0]), Long.parseLong(parts[1]), java.time.LocalDate.parse(parts[2])));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(days);
    }

    private void quotientPage(Pages pages, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var q = settings.quotients(actor(ex.visitor()), PathIds.of(ex, "household"));
        pages.render(ex, status, "billing/quotient.ftlh", "Quotient familial – " + q.household().name(),
                List.of(HOME, new Breadcrumb("Foyers", "/agent/foyers"), new Breadcrumb(q.household().name(), "/agent/foyers/" + q.household().id()),
                        Breadcrumb.here("Quotient familial")),
                Map.of("q", q, "errors", errors.asMap(), "form", form, "sources", QuotientSource.values(), "saved", !ex.query("enregistre").isEmpty()));
    }

    private static ManageBilling.CashOfficeForm cashOfficeForm(Exchange ex) {
        return new ManageBilling.CashOfficeForm(ex.field("name"), ex.field("clientNumber"), ex.field("prefix"), ex.field("template"));
    }

    private static Map<String, String> formOf(Exchange ex) {
        var form = new HashMap<String, String>();
        for (String name : ex.form().names()) form.put(name, ex.form().first(name).orElse(""));
        return form;
    }
}
