package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paying the Nguyens' demo invoice through the PayFiP simulator: after «Abandonner» or «Refuser» it can be paid
 * again at once; the return page, reached without a session, shows the payment once the parent has signed in again.
 */
class PayAgainWebTest {

    static final String NGUYEN = "lan.nguyen@exemple.fr";
    static final String PASSWORD = "Demo-Famille-Nguyen-2026";

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

    /** Steps 2 and 3 of «Payer en ligne»: the simulator's page the parent lands on. */
    static WebClient.Page toPaymentPage(WebClient parent) {
        String office = "/facturation/regies/" + portal.periOffice();
        parent.get(office + "/payer");
        parent.post(office + "/recapitulatif", Map.of("facture", portal.demoInvoice(2)));
        return parent.post(office + "/paiement", Map.of("facture", portal.demoInvoice(2)));
    }

    /** The payer's choice on the simulator's page; the address PayFiP sends the browser back to. */
    static URI choose(WebClient.Page paymentPage, String result) throws Exception {
        String idOp = paymentPage.uri().getQuery().replace("idop=", "");
        var choice = HttpClient.newHttpClient().send(HttpRequest.newBuilder(paymentPage.uri().resolve("/tpa/paiementws.web"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8) + "&resultat=" + result)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, choice.statusCode());
        return URI.create(choice.headers().firstValue("Location").orElseThrow());
    }

    static String pathAndQuery(URI uri) {
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void after_abandon_or_refusal_the_invoice_is_paid_again_at_once_and_the_return_works_after_signing_in_again() throws Exception {
        var parent = WebClient.signedIn(portal.portal().port(), NGUYEN, PASSWORD);

        var abandoned = parent.get(pathAndQuery(choose(toPaymentPage(parent), "A")));
        assertTrue(abandoned.contains("Paiement abandonné"), abandoned.body());
        var again = toPaymentPage(parent);
        assertEquals("/tpa/paiementws.web", again.uri().getPath(), "no «paiement déjà en cours» after «Abandonner»: " + again.body());

        // «Refuser», the parent's browser closed before the return page: the next attempt asks PayFiP and goes on
        choose(again, "R");
        var third = toPaymentPage(parent);
        assertEquals("/tpa/paiementws.web", third.uri().getPath(), "no «paiement déjà en cours» after «Refuser»: " + third.body());

        // paid, but the session is gone (expired, or PayFiP sent the browser to another host name): sign in again
        URI back = choose(third, "P");
        var stranger = new WebClient(portal.portal().port());
        var signIn = stranger.get(pathAndQuery(back));
        assertEquals("/connexion", signIn.uri().getPath());
        String retour = URLDecoder.decode(signIn.uri().getRawQuery().replace("retour=", ""), StandardCharsets.UTF_8);
        assertEquals(pathAndQuery(back), retour, "the return keeps its «?idop=»");
        var result = stranger.post("/connexion", Map.of("identifier", NGUYEN, "password", PASSWORD, "retour", retour));
        assertEquals(200, result.status(), result.body());
        assertTrue(result.contains("Paiement accepté"), result.body());
        assertFalse(result.contains("Demande impossible"));
        assertEquals("PAID", portal.db().dsl().select(INVOICE.STATUS).from(INVOICE).where(INVOICE.NUMBER.eq(portal.demoInvoice(2))).fetchSingle().value1());
    }
}
