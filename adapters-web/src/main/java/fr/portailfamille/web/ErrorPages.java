package fr.portailfamille.web;

import fr.portailfamille.application.common.DatabaseUnavailable;
import io.helidon.http.BadRequestException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** French error pages. A stack trace goes to the log (never to the visitor), with a reference the visitor can quote. */
public final class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    private ErrorPages() {
    }

    public static void notFound(Pages pages, Exchange ex) {
        show(pages, ex, Status.NOT_FOUND_404, "Page introuvable",
                "La page demandée n'existe pas ou n'est pas accessible avec votre compte.");
    }

    public static void show(Pages pages, Exchange ex, Status status, String title, String message) {
        pages.render(ex, status, "errors/error.ftlh", title, List.of(Breadcrumb.here(title)),
                Map.of("status", status.code(), "message", message));
    }

    /** Last resort for anything a handler threw: 400 for malformed requests, the exception's status, else 500. */
    public static void handle(Pages pages, VisitorSource visitors, ServerRequest req, ServerResponse res, Throwable error) {
        if (res.isSent()) return;
        Status status = error instanceof HttpException http ? http.status() : Status.INTERNAL_SERVER_ERROR_500;
        if (status.code() < 400) {
            // not an error: e.g. the static content's «304 Not Modified», which must go without a body
            res.status(status).send();
            return;
        }
        if (error instanceof BadRequestException) status = Status.BAD_REQUEST_400;
        if (error instanceof fr.portailfamille.application.common.Actor.NotAllowed) status = Status.NOT_FOUND_404;
        String reference = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        if (databaseUnavailable(error)) {
            // a passing state (restart, failover, pool exhausted), not a bug: one line in the log, 503 for the visitor
            LOG.warning("Database unavailable (" + reference + ") on " + req.prologue().method().text() + " " + req.path().path() + ": " + error.getMessage());
            res.header(HeaderNames.RETRY_AFTER, "30");
            unavailable(res, reference);
            return;
        }
        if (status.code() >= 500) {
            LOG.log(Level.SEVERE, "Error " + reference + " on " + req.prologue().method().text() + " " + req.path().path(), error);
        }
        var ex = new Exchange(req, res, safeVisitor(visitors, req), io.helidon.common.parameters.Parameters.empty("form"));
        String message = switch (status.code()) {
            case 400 -> "La demande envoyée n'est pas valide. Revenez à la page précédente et recommencez.";
            case 404 -> "La page demandée n'existe pas ou n'est pas accessible avec votre compte.";
            case 405 -> "Cette adresse ne s'utilise pas ainsi. Revenez à la page précédente.";
            default -> status.code() >= 500
                    ? "Une erreur inattendue s'est produite. Réessayez dans quelques instants ; si elle persiste, contactez la mairie en citant la référence " + reference + "."
                    : "Votre demande n'a pas pu aboutir.";
        };
        try {
            show(pages, ex, status, status.code() >= 500 ? "Erreur du portail" : "Demande impossible", message);
        } catch (RuntimeException renderingFailed) {
            // the layout itself failed (database down?): a bare French page rather than nothing, and the failure in the log
            LOG.log(Level.SEVERE, "Error page " + reference + " could not be rendered on " + req.prologue().method().text() + " "
                    + req.path().path(), renderingFailed);
            Pages.html(res, status, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Erreur du portail</title></head>"
                    + "<body><main><h1>Erreur du portail</h1><p>Le portail est momentanément indisponible. Réessayez dans quelques instants (référence "
                    + reference + ").</p></main></body></html>");
        }
    }

    /** The database is out of reach: the page says so in French, without touching the database for the layout. */
    private static void unavailable(ServerResponse res, String reference) {
        Pages.html(res, Status.SERVICE_UNAVAILABLE_503, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Portail momentanément indisponible</title>"
                + "<link rel=\"stylesheet\" href=\"/static/portail.css\"></head><body><main id=\"contenu\"><h1>Portail momentanément indisponible</h1>"
                + "<p>Le portail ne peut pas joindre sa base de données pour le moment. Rien de ce que vous avez envoyé à cet instant n'a été "
                + "enregistré : réessayez dans quelques instants (référence " + reference + ").</p></main></body></html>");
    }

    /** The persistence adapter said the database is out of reach, possibly under the exception of a layer between. */
    static boolean databaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailable) return true;
        }
        return false;
    }

    private static Visitor safeVisitor(VisitorSource visitors, ServerRequest req) {
        try {
            return visitors.visitor(req);
        } catch (RuntimeException e) {
            return Visitor.ANONYMOUS;
        }
    }
}
