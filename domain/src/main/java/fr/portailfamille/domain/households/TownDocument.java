package fr.portailfamille.domain.households;

import java.time.Instant;
import java.util.Objects;

/**
 * A PDF the town publishes in the «Documents de la ville» of every family or of one household (a school-year guide, a
 * certificate of attendance). Stored once whatever its audience: a household that opens its dossier after the
 * publication sees the documents addressed to all.
 *
 * @param id          0 until stored
 * @param title       what families read in the list, «Guide de la rentrée 2026»
 * @param householdId the one household it is addressed to; null for every family
 * @param sha256      hex checksum of the stored bytes
 * @param publishedBy the staff account that published it
 */
public record TownDocument(long id, String title, String fileName, long size, String sha256, Instant publishedAt, long publishedBy,
                           Long householdId) {

    public TownDocument {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        title = Texts.required(title, "title");
        fileName = Texts.required(fileName, "fileName");
        if (size <= 0) throw new IllegalArgumentException("a document is not empty");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256 is 64 hex digits");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (householdId != null && householdId <= 0) throw new IllegalArgumentException("a document is addressed to a stored household");
    }

    /** A new document: its file is named after its title, so that the family's download says what it is. */
    public static TownDocument published(String title, long size, String sha256, Instant now, long publishedBy, Long householdId) {
        String fileName = title.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? title : title + ".pdf";
        return new TownDocument(0, title, fileName, size, sha256, now, publishedBy, householdId);
    }

    public boolean toEveryFamily() {
        return householdId == null;
    }

    /** Whether the household may read it: addressed to every family or to that household. */
    public boolean isFor(long household) {
        return householdId == null || householdId == household;
    }

    public TownDocument withId(long newId) {
        return new TownDocument(newId, title, fileName, size, sha256, publishedAt, publishedBy, householdId);
    }
}
