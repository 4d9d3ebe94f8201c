package fr.portailfamille.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the bench hands to the Gatling simulation it is about to run, and what the simulation hands back. Gatling runs
 * in the bench's JVM ({@link GatlingRun}), one simulation at a time, so plain static state is enough.
 */
final class Shared {

    /** A signed-in parent: its session and CSRF cookies, and the form fields it will submit. */
    record Visitor(int index, String session, String csrf, List<String> items) {
    }

    static volatile String baseUrl;
    /** When set (scale-out), the visitors are spread over these portals instead of {@link #baseUrl}. */
    static volatile List<String> baseUrls = List.of();
    /** Who the next simulation plays, and how many play at once. */
    static volatile List<Visitor> visitors = List.of();
    static volatile int concurrency = 1;
    /** For {@link Logins}: login ids to sign in with. */
    static volatile List<Integer> logins = List.of();
    /** For the dashboard: requests per visitor. */
    static volatile int repeat = 1;
    /** For the dashboard: each visitor's time between two reloads (null: none, the next at once). */
    static volatile java.time.Duration pace;

    /** For the open model: parents arriving per second, and for how long. */
    static volatile double rate;
    static volatile java.time.Duration duration = java.time.Duration.ofSeconds(30);
    /** Filled by the running simulation: Gatling's response time and the outcome of each request. */
    static volatile Samples samples = new Samples();

    /** Filled by {@link Logins}: login id → session and CSRF cookie values. */
    static final Map<Integer, String[]> signedIn = new ConcurrentHashMap<>();
    /** Filled by {@link Soumettre}: visitor index → HTTP status, and whether Retry-After came with a 503. */
    static final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    static final Map<Integer, Boolean> retryAfter = new ConcurrentHashMap<>();

    private Shared() {
    }
}
