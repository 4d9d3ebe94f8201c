package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.payment.PaymentStart;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser without JavaScript on the simulator's payment page: reads the form, presses a button over HTTP. */
final class Payer {

    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");
    private static final Pattern IDOP = Pattern.compile("<input type=\"hidden\" name=\"idop\" value=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> open(String pageUrl) {
        return send(HttpRequest.newBuilder(URI.create(pageUrl)).GET().build());
    }

    /** Opens the page, presses the button of {@code resultat} (P, R or A) and returns the answer to the POST. */
    HttpResponse<String> press(PaymentStart.Started started, String resultat) {
        var page = open(started.redirectUrl());
        assertEquals(200, page.statusCode(), page.body());
        var action = FORM_ACTION.matcher(page.body());
        var idop = IDOP.matcher(page.body());
        assertTrue(action.find() && idop.find(), page.body());
        assertTrue(page.body().contains("name=\"resultat\" value=\"" + resultat + "\""), page.body());
        return post(URI.create(started.redirectUrl()).resolve(action.group(1)), "idop=" + idop.group(1) + "&resultat=" + resultat);
    }

    HttpResponse<String> post(URI uri, String form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Presses a button and checks the 303 back to the portal. */
    void choose(PaymentStart.Started started, String resultat, String returnUrl) {
        var answer = press(started, resultat);
        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals(returnUrl + "?idop=" + URLEncoder.encode(started.providerPaymentId(), StandardCharsets.UTF_8),
                answer.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
