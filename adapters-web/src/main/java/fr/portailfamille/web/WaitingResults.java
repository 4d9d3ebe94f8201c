package fr.portailfamille.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Post/Redirect/Get for answers too rich for a one-line notice (a typical week's days, each booking's answer): the
 * answer waits here, under a random key only the browser that posted holds, until the page after the redirect takes
 * it, once. Bounded by count rather than by time (an answer nobody comes for is pushed out by the next ones), so no
 * clock is read here; the browser's cookie expires within a minute anyway.
 */
final class WaitingResults {

    private static final int KEPT = 2_000;

    private record Waiting(long accountId, Object result) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Waiting> waiting = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Waiting> eldest) {
            return size() > KEPT;
        }
    };

    /** @return the key the browser carries to the next page */
    synchronized String keep(long accountId, Object result) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        waiting.put(key, new Waiting(accountId, result));
        return key;
    }

    /** The answer kept under {@code key} for this account and of this type; gone once taken. */
    synchronized <T> Optional<T> take(String key, long accountId, Class<T> type) {
        var found = waiting.get(key);
        if (found == null || found.accountId() != accountId || !type.isInstance(found.result())) return Optional.empty();
        waiting.remove(key);
        return Optional.of(type.cast(found.result()));
    }
}
