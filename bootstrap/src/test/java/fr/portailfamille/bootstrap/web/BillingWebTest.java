package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static fr.portailfamille.persistence.schema.Tables.PAYMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Billing over real HTTP on the real database, from the demo's October invoices: a parent sees only their invoices,
 * forms need their CSRF token, and a payment through the PayFiP simulator is settled exactly once whatever the
 * notifications (duplicates, races, forged ids).
 */
class BillingWebTest {

    static final String DUPONT = "marie.dupont@exemple.fr";
    static final String NGUYEN = "lan.nguyen@exemple.fr";

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    WebClient signedIn(String email, String password) {
        return WebClient.signedIn(portal.portal().port(), email, password);
    }

    WebClient dupont() {
        return signedIn(DUPONT, "Demo-Famille-Dupont-2026");
    }

    @Test
    void the_invoice_history_is_grouped_by_month_under_the_months_name() {
        var overview = dupont().get("/facturation");
        String month = portal.demoInvoiceMonth().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));
        String heading = "<h4 class=\"invoice-month\">" + Character.toUpperCase(month.charAt(0)) + month.substring(1) + "</h4>";
        int at = overview.body().indexOf(heading);
        assertTrue(at > 0, heading + " in " + overview.body());
        assertTrue(overview.body().indexOf("Facture " + portal.demoInvoice(1), overview.body().indexOf("<h3>Historique</h3>")) > at,
                "the month's invoices come under its heading: " + overview.body());
    }

    @Test
    void a_parent_sees_their_invoices_and_nobody_elses() {
        var dupont = dupont();
        var overview = dupont.get("/facturation");
        assertEquals(200, overview.status());
        assertTrue(overview.body().contains(portal.demoInvoiceIssuedOn() + " – Facture " + portal.demoInvoice(1) + " – À payer – 79,60\u00A0€"), overview.body());
        assertTrue(overview.contains("Régie Périscolaire"));
        var detail = dupont.get("/facturation/factures/" + portal.demoInvoice(1));
        assertEquals(200, detail.status());
        var month = portal.demoInvoiceMonth();
        assertTrue(detail.contains("Accueil Périscolaire Soir – du 01/" + month.format(java.time.format.DateTimeFormatter.ofPattern("MM")) + " au "
                + month.atEndOfMonth().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"))), detail.body());
        assertTrue(detail.body().matches("(?s).*Télécharger \\(PDF – \\d+\u00A0Ko\\).*"), "the PDF's size is shown");
        var pdf = dupont.download("/facturation/factures/" + portal.demoInvoice(1) + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

        var nguyen = signedIn(NGUYEN, "Demo-Famille-Nguyen-2026");
        assertEquals(404, nguyen.get("/facturation/factures/" + portal.demoInvoice(1)).status());
        assertEquals(404, nguyen.download("/facturation/factures/" + portal.demoInvoice(1) + "/pdf").statusCode());
        nguyen.get("/facturation");
        assertEquals(404, nguyen.post("/facturation/regies/1/recapitulatif", Map.of("facture", portal.demoInvoice(1))).status());
        assertEquals(404, nguyen.post("/facturation/regies/1/paiement", Map.of("facture", portal.demoInvoice(1))).status());
        assertEquals(404, nguyen.get("/facturation/factures/PERI9999-000001").status());
        assertEquals(403, nguyen.postRaw("/facturation/regies/1/paiement", Map.of("facture", portal.demoInvoice(2))).status(), "no CSRF token");
    }

    @Test
    void a_payment_through_the_simulator_is_settled_once_whatever_the_notifications() throws Exception {
        var dupont = dupont();
        var choose = dupont.get("/facturation/regies/1/payer");
        assertTrue(choose.contains("Étape 1 Mes factures") && choose.contains("Étape suivante"), choose.body());
        var summary = dupont.post("/facturation/regies/1/recapitulatif", Map.of("facture", portal.demoInvoice(1)));
        assertEquals(200, summary.status());
        assertTrue(summary.contains("Montant total à payer : <strong>79,60\u00A0€</strong>"), summary.body());
        var simulatorPage = dupont.post("/facturation/regies/1/paiement", Map.of("facture", portal.demoInvoice(1)));
        assertEquals("/tpa/paiementws.web", simulatorPage.uri().getPath(), "the parent is sent to the payment page");
        assertTrue(simulatorPage.contains("79,60"));
        String idOp = simulatorPage.uri().getQuery().replace("idop=", "");

        var raw = HttpClient.newHttpClient();
        // before any result: notifications (even racing) change nothing, forged ones are ignored
        race(raw, idOp, 6);
        assertEquals(200, notify(raw, UUID.randomUUID().toString()));
        assertEquals(200, notify(raw, "<script>"));
        assertEquals("TO_PAY", invoiceStatus(portal.demoInvoice(1)));
        assertEquals("PENDING", portal.db().dsl().select(PAYMENT.STATE).from(PAYMENT).fetchSingle().value1());

        // the payer clicks «Payer» on the simulator: it notifies the portal, then sends the browser back
        var choice = raw.send(HttpRequest.newBuilder(simulatorPage.uri().resolve("/tpa/paiementws.web"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8) + "&resultat=P")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, choice.statusCode());
        String back = choice.headers().firstValue("Location").orElseThrow();
        race(raw, idOp, 8);
        var result = dupont.get(URI.create(back).getRawPath() + "?" + URI.create(back).getRawQuery());
        assertTrue(result.contains("Paiement accepté"), result.body());
        assertEquals("PAID", invoiceStatus(portal.demoInvoice(1)));
        assertTrue(dupont.get("/facturation/factures/" + portal.demoInvoice(1)).contains("Payée"));
        assertEquals("PAID", portal.db().dsl().select(PAYMENT.STATE).from(PAYMENT).fetchSingle().value1());
        Thread.sleep(300); // the simulator's own notification, sent in the background
        assertEquals(1, portal.db().dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SUBJECT.startsWith("Paiement confirmé")), "one confirmation mail");
        assertEquals("TO_PAY", invoiceStatus(portal.demoInvoice(2)), "the other family's invoice is untouched");
    }

    private static String invoiceStatus(String number) {
        return portal.db().dsl().select(INVOICE.STATUS).from(INVOICE).where(INVOICE.NUMBER.eq(number)).fetchSingle().value1();
    }

    private int notify(HttpClient raw, String id) throws Exception {
        String field = id.hashCode() % 2 == 0 ? "idOp" : "idop";
        return raw.send(HttpRequest.newBuilder(portal.uri("/paiement/notification")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void race(HttpClient raw, String id, int times) throws Exception {
        try (var pool = Executors.newFixedThreadPool(times)) {
            var all = new ArrayList<Future<Integer>>();
            for (int i = 0; i < times; i++) all.add(pool.submit(() -> notify(raw, id)));
            for (var f : all) assertEquals(200, f.get());
        }
    }
}
