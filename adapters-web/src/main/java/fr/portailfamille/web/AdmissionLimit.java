package fr.portailfamille.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Load shedding on registration-opening day: at most {@code maxInFlight} page requests are served at once. A request
 * beyond waits {@code queueWait} for a place, then gets «Forte affluence» (503 with Retry-After) at once instead of
 * queueing behind a saturated connection pool until everybody times out. Static files and health checks are exempt:
 * the page must keep its style and the load balancer must keep seeing the portal alive.
 */
public final class AdmissionLimit {

    /** Four requests per database connection of the default pool (16): enough to keep it busy, not to drown it. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 64;

    /** The default limit; each server gets its own (the places are counted per instance). */
    public static AdmissionLimit byDefault() {
        return of(DEFAULT_MAX_IN_FLIGHT);
    }

    /**
     * {@code maxInFlight} requests at once, five seconds of queue, then «réessayez dans 5 secondes». Five seconds: the
     * bench's 500 parents pressing «Soumettre» at the same second on two cores are all served within about three
     * (Little's law: 500 / ~175 a second), so only a crowd well beyond that is asked to come back.
     */
    public static AdmissionLimit of(int maxInFlight) {
        return new AdmissionLimit(maxInFlight, Duration.ofSeconds(5), 5);
    }

    private final int maxInFlight;
    private final Duration queueWait;
    private final int retryAfterSeconds;
    private final Semaphore places;

    public AdmissionLimit(int maxInFlight, Duration queueWait, int retryAfterSeconds) {
        if (maxInFlight < 1) throw new IllegalArgumentException("maxInFlight must be at least 1: " + maxInFlight);
        if (retryAfterSeconds < 1) throw new IllegalArgumentException("retryAfterSeconds must be at least 1: " + retryAfterSeconds);
        this.maxInFlight = maxInFlight;
        this.queueWait = queueWait;
        this.retryAfterSeconds = retryAfterSeconds;
        this.places = new Semaphore(maxInFlight, true);
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (exempt(req.path().path()) || answerToAppliedForm(req)) {
            chain.proceed();
            return;
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(res);
            return;
        }
        try {
            chain.proceed();
        } finally {
            places.release();
        }
    }

    /**
     * The page after a form that was applied (Post/Redirect/Get, {@link Pages#redirectWithResult}): its answer waits
     * under the result cookie. Refusing it would tell a parent «Rien n'a été enregistré» about bookings that were: it
     * goes in without queueing, and costs no more than the page it follows.
     */
    static boolean answerToAppliedForm(RoutingRequest req) {
        return req.prologue().method() == io.helidon.http.Method.GET && req.headers().cookies().first(Pages.RESULT_COOKIE).isPresent();
    }

    static boolean exempt(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/health") || path.startsWith("/health/")
                || path.startsWith("/observe/") || path.equals("/metrics");
    }

    /** A self-contained page: rendering the layout would ask the database for the visitor and the town. */
    private void refuse(RoutingResponse res) {
        res.header(HeaderNames.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        Pages.html(res, Status.SERVICE_UNAVAILABLE_503, """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Forte affluence – Portail Famille</title>
                <link rel="stylesheet" href="/static/portail.css">
                </head>
                <body>
                <main id="contenu">
                <h1>Forte affluence</h1>
                <p class="lead">Forte affluence : réessayez dans %d secondes.</p>
                <p>Beaucoup de familles utilisent le portail en ce moment. Rien n'a été enregistré pour cette demande :
                revenez à la page précédente et renvoyez-la dans %d secondes.</p>
                <p><a href="/">Revenir à l'accueil</a></p>
                </main>
                </body>
                </html>
                """.formatted(retryAfterSeconds, retryAfterSeconds));
    }
}
