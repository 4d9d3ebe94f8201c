package fr.portailfamille.web;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

import java.nio.charset.StandardCharsets;

/**
 * The French page of a request the server refuses before any route sees it (a request line or headers too long,
 * a body over the limit, a malformed request): Helidon's own answer would be a blank page or English text. No
 * template, no database: these pages must work when nothing else does.
 */
final class BareErrorPages implements DirectHandler {

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status, ServerResponseHeaders headers,
                                    String message) {
        var body = page(status).getBytes(StandardCharsets.UTF_8);
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .keepAlive(eventType.keepAlive())
                .entity(body)
                .build();
    }

    static String page(Status status) {
        String title;
        String text;
        switch (status.code()) {
            case 413 -> {
                title = "Envoi trop volumineux";
                text = "Ce que vous avez envoyé dépasse la taille permise (10 Mo par fichier). Revenez à la page précédente et "
                        + "choisissez un fichier plus petit.";
            }
            case 414 -> {
                title = "Adresse trop longue";
                text = "L'adresse demandée est trop longue pour être lue. Revenez à la page d'accueil du portail.";
            }
            case 431 -> {
                title = "Demande trop volumineuse";
                text = "Votre navigateur a envoyé trop d'informations avec la demande. Effacez les cookies de ce site puis recommencez.";
            }
            default -> {
                if (status.code() >= 500) {
                    title = "Erreur du portail";
                    text = "Une erreur inattendue s'est produite. Réessayez dans quelques instants.";
                } else {
                    title = "Demande invalide";
                    text = "La demande envoyée n'est pas valide. Revenez à la page précédente et recommencez.";
                }
            }
        }
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
                + "initial-scale=1\"><title>" + title + " – Portail Famille</title><link rel=\"stylesheet\" href=\"/static/portail.css\">"
                + "</head><body><main id=\"contenu\"><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">Retour à l'accueil</a></p>"
                + "</main></body></html>";
    }
}
