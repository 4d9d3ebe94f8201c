package fr.portailfamille.domain.accounts;

import java.time.Instant;
import java.util.Objects;

/** One published version of the «Conditions générales d'utilisation»; the highest version is the current one. */
public record TermsOfUse(int version, String title, String body, Instant publishedAt) {

    public TermsOfUse {
        if (version <= 0) throw new IllegalArgumentException("version must be positive");
        if (Objects.requireNonNull(title, "title").isBlank()) throw new IllegalArgumentException("title is blank");
        if (Objects.requireNonNull(body, "body").isBlank()) throw new IllegalArgumentException("body is blank");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** The version that follows this one, published at {@code when}. */
    public TermsOfUse next(String newTitle, String newBody, Instant when) {
        return new TermsOfUse(version + 1, newTitle, newBody, when);
    }
}
