package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.PaymentLedgerCheck;
import fr.portailfamille.application.billing.IssueCreditNote;
import fr.portailfamille.application.billing.ReadStaffInvoices;
import fr.portailfamille.application.billing.RecordDeskPayment;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.portailfamille.web.accounts.SessionCookie.actor;
import static fr.portailfamille.web.billing.CashOfficePages.HOME;
import static fr.portailfamille.web.billing.CashOfficePages.REGIES;

/**
 * The agents' desk for issued invoices: searching them, a payment received at the desk, a credit note, and the day's
 * online payments checked against PayFiP's.
 */
public final class StaffInvoicePages implements PortalWeb.Area {

    private final ReadStaffInvoices invoices;
    private final RecordDeskPayment deskPayment;
    private final IssueCreditNote creditNote;
    private final Facturation facturation;
    private final PaymentLedgerCheck ledger;

    public StaffInvoicePages(ReadStaffInvoices invoices, RecordDeskPayment deskPayment, IssueCreditNote creditNote, Facturation facturation,
                             PaymentLedgerCheck ledger) {
        this.ledger = ledger;
        this.invoices = invoices;
        this.deskPayment = deskPayment;
        this.creditNote = creditNote;
        this.facturation = facturation;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
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
            var parsed = BillingForms.deskPayment(ex::field);
            var errors = parsed.ok() ? deskPayment.record(actor(ex.visitor()), ex.pathParam("number"), parsed.command()) : parsed.errors();
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/factures/" + ex.pathParam("number") + "?paye=1");
            else staffInvoice(pages, ex, Pages.INVALID_FORM, errors, ex.formValues());
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
            if (errors.isEmpty()) errors = creditNote.issue(actor(ex.visitor()), ex.pathParam("number"), quantities, ex.field("reason"), days.get());
            if (errors.isEmpty()) Pages.redirect(ex.response(), "/agent/factures/" + ex.pathParam("number") + "?avoir=1");
            else staffInvoice(pages, ex, Pages.INVALID_FORM, errors, ex.formValues());
        });
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

}
