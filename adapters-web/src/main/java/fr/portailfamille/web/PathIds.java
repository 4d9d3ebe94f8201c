package fr.portailfamille.web;

import fr.portailfamille.application.common.Actor;

import java.util.Optional;

/**
 * The one parser of ids taken from a path (or a hidden field holding an id). Ids are positive; anything else — text,
 * a number too big for a long, zero, a negative number — names a page that does not exist, so it is a 404
 * ({@link Actor.NotAllowed}, which {@link ErrorPages} shows as «page introuvable»), never a 500.
 */
public final class PathIds {

    private PathIds() {
    }

    /** The id in the path parameter {@code name}; a 404 when it is not a positive number. */
    public static long of(Exchange ex, String name) {
        return parse(ex.pathParam(name));
    }

    /** The same rule for an id written elsewhere (a hidden field of a form). */
    public static long parse(String text) {
        return optional(text).orElseThrow(Actor.NotAllowed::new);
    }

    /** For pages that answer «introuvable» themselves: empty when the text is not a positive id. */
    public static Optional<Long> optional(String text) {
        if (text == null || !text.matches("\\d{1,19}")) return Optional.empty();
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException tooBig) {
            return Optional.empty();
        }
    }
}
