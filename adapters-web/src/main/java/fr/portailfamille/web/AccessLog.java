package fr.portailfamille.web;

import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One line per request: method, path, status, duration. Never the query string, never a token: activation, password
 * and calendar links carry theirs in the path, so any long opaque segment is masked. Paths carry ids, never health
 * data (health data travel in bodies only, which are never logged).
 */
final class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    /** A path segment that may be a secret: 20 or more token characters (ids and French slugs are shorter or contain other characters). */
    private static final Pattern SECRET_SEGMENT = Pattern.compile("(?<=/)[A-Za-z0-9_-]{20,}(?=[./]|$)");

    private AccessLog() {
    }

    static void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long started = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            // the load balancer's probes every few seconds would drown the visitors' lines
            if (LOG.isLoggable(java.util.logging.Level.INFO) && !req.path().path().startsWith("/health")) {
                LOG.info(line(req.prologue().method().text(), req.path().rawPath(), res.status().code(), (System.nanoTime() - started) / 1_000_000));
            }
        }
    }

    static String line(String method, String rawPath, int status, long millis) {
        return method + " " + masked(rawPath) + " " + status + " " + millis + " ms";
    }

    static String masked(String rawPath) {
        return SECRET_SEGMENT.matcher(rawPath).replaceAll("…");
    }
}
