package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SupportingDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Contract of {@link DocumentStorage}: bytes come back exactly, once written they are not overwritten. */
public abstract class DocumentStorageContract {

    protected abstract DocumentStorage storage();

    /** Where document ids come from (the database links content to a document). */
    protected abstract DocumentRepository documents();

    protected abstract HouseholdRepository households();

    long aDocument() {
        long h = households().add(Household.named("DUPONT")).id();
        return documents().add(SupportingDocument.sent(h, null, "livret-famille", "scan.pdf", FileType.PDF, 10, "cd".repeat(32),
                Instant.parse("2026-11-23T10:00:00Z"), 11, null)).id();
    }

    @Test
    void every_byte_comes_back_including_zeros_and_high_bytes() {
        long id = aDocument();
        byte[] content = new byte[3 * 1024 * 1024 + 7];
        new Random(42).nextBytes(content);
        content[0] = 0;
        content[1] = (byte) 0xFF;
        storage().store(id, content);
        assertArrayEquals(content, storage().read(id).orElseThrow());
    }

    @Test
    void nothing_is_read_for_an_unknown_document() {
        assertEquals(Optional.empty(), storage().read(aDocument()));
    }

    @Test
    void a_content_is_never_overwritten() {
        long id = aDocument();
        storage().store(id, new byte[] {1, 2, 3});
        assertThrows(RuntimeException.class, () -> storage().store(id, new byte[] {4}));
        assertArrayEquals(new byte[] {1, 2, 3}, storage().read(id).orElseThrow());
    }
}
