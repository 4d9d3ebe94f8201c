package fr.portailfamille.web.billing;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.PayOnline;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «Facturation» for parents: invoices per régie, detail, PDF, payment in three steps («Étape 1 Mes factures |
 * Étape 2 Mon récapitulatif | Étape 3 Mon paiement»), the return page, and the payment provider's notification.
 */
public final class BillingPages implements PortalWeb.Area {

    static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    static final Breadcrumb FACTURATION = new Breadcrumb("Facturation", "/facturation");

    private final Facturation facturation;
    private final PayOnline pay;
    private final String paymentOrigin;
    private final NoticeRateLimit noticeLimit;

    /** @param paymentOrigin the payment service's origin («https://www.payfip.gouv.fr»), where step 3 sends the browser */
    public BillingPages(Facturation facturation, PayOnline pay, String paymentOrigin, java.time.Clock clock) {
        this(facturation, pay, paymentOrigin, new NoticeRateLimit(clock, NoticeRateLimit.PER_MINUTE));
    }

    BillingPages(Facturation facturation, PayOnline pay, String paymentOrigin, NoticeRateLimit noticeLimit) {
        this.noticeLimit = noticeLimit;
        this.facturation = facturation;
        this.pay = pay;
        this.paymentOrigin = paymentOrigin;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/facturation", Access.PARENT, ex -> pages.render(ex, "billing/facturation.ftlh", "Facturation", List.of(HOME, Breadcrumb.here("Facturation")),
                Map.of("offices", facturation.overview(actor(ex.visitor()), "1".equals(ex.query("tout"))), "all", "1".equals(ex.query("tout")))));
        table.get("/facturation/factures/{number}", Access.PARENT, ex -> {
            var detail = facturation.detail(actor(ex.visitor()), ex.pathParam("number"));
            pages.render(ex, "billing/invoice.ftlh", "Facture " + detail.invoice().number().value(),
                    List.of(HOME, FACTURATION, Breadcrumb.here("Facture " + detail.invoice().number().value())),
                    Map.of("d", detail, "pdfSize", kilobytes(detail.pdfSize()), "root", "/facturation/factures/", "staff", false));
        });
        table.get("/facturation/factures/{number}/pdf", Access.PARENT, ex -> sendPdf(ex, facturation.pdf(actor(ex.visitor()), ex.pathParam("number"))));
        table.get("/facturation/regies/{office}/payer", Access.PARENT, ex -> chooseStep(pages, ex, Status.OK_200, List.of(), List.of()));
        table.post("/facturation/regies/{office}/recapitulatif", Access.PARENT, ex -> {
            var chosen = chosen(ex);
            switch (pay.prepare(actor(ex.visitor()), PathIds.of(ex, "office"), chosen)) {
                case PayOnline.Prepared.Ready ready -> {
                    // this page's form is answered by a redirect to the payment service: CSP's form-action covers redirects
                    ex.response().header(HeaderNames.create("Content-Security-Policy"), "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + paymentOrigin);
                    pages.render(ex, "billing/pay-summary.ftlh", "Mon récapitulatif", List.of(HOME, FACTURATION, Breadcrumb.here("Payer en ligne")),
                            Map.of("s", ready.summary(), "step", 2));
                }
                case PayOnline.Prepared.Refused refused -> chooseStep(pages, ex, Pages.INVALID_FORM, refused.messages(), chosen);
            }
        });
        table.post("/facturation/regies/{office}/paiement", Access.PARENT, ex -> {
            var chosen = chosen(ex);
            switch (pay.start(actor(ex.visitor()), PathIds.of(ex, "office"), chosen)) {
                case PayOnline.Started.Redirect redirect -> Pages.redirect(ex.response(), redirect.url());
                case PayOnline.Started.Refused refused -> chooseStep(pages, ex, Pages.INVALID_FORM, refused.messages(), chosen);
            }
        });
        table.get("/paiement/retour", Access.PARENT, ex -> {
            String id = ex.query("idop").isEmpty() ? ex.query("idOp") : ex.query("idop");
            var result = pay.returned(actor(ex.visitor()), id);
            String title = switch (result.outcome()) {
                case PAID -> "Paiement accepté";
                case REFUSED -> "Paiement refusé";
                case ABANDONED -> "Paiement abandonné";
                case PENDING -> "Paiement en cours de vérification";
                case FAILED -> "Paiement non abouti";
            };
            pages.render(ex, "billing/pay-result.ftlh", title, List.of(HOME, FACTURATION, Breadcrumb.here(title)), Map.of("r", result));
        });
        table.callback("/paiement/notification", ex -> {
            if (!noticeLimit.allow(ex.clientAddress())) {
                ex.response().status(Status.TOO_MANY_REQUESTS_429);
                ex.response().send();
                return;
            }
            // the body carries only the provider's id, as «idOp» or «idop»; it proves nothing and is checked with the provider
            String id = ex.field("idOp").isEmpty() ? ex.field("idop") : ex.field("idOp");
            pay.notified(id);
            ex.response().status(Status.OK_200);
            ex.response().send();
        });
    }

    private void chooseStep(Pages pages, Exchange ex, Status status, List<String> errors, List<String> chosen) {
        long office = PathIds.of(ex, "office");
        var offices = facturation.overview(actor(ex.visitor()), false).stream().filter(o -> o.cashOffice().id() == office).toList();
        if (offices.isEmpty()) throw new Actor.NotAllowed();
        var model = new HashMap<String, Object>();
        model.put("office", offices.getFirst().cashOffice());
        model.put("invoices", facturation.toPay(actor(ex.visitor()), office));
        model.put("chosen", chosen);
        model.put("errors", errors);
        model.put("step", 1);
        pages.render(ex, status, "billing/pay-choose.ftlh", "Mes factures", List.of(HOME, FACTURATION, Breadcrumb.here("Payer en ligne")), model);
    }

    private static List<String> chosen(Exchange ex) {
        return ex.form().contains("facture") ? ex.form().all("facture") : List.of();
    }

    static void sendPdf(Exchange ex, Facturation.Pdf pdf) {
        var res = ex.response();
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, "application/pdf");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(pdf.content());
    }

    /** «201 Ko», as the seed shows the size next to «Télécharger». */
    static String kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + "\u00A0Ko";
    }
}
