package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.TownDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link TownDocumentRepository}: one row and one file per document whatever its audience; a household
 * reads those addressed to all and to itself, whenever it was created.
 */
public abstract class TownDocumentRepositoryContract {

    protected abstract TownDocumentRepository documents();

    protected abstract HouseholdRepository households();

    /** The account that publishes (the database checks it exists). */
    protected abstract long agentAccount();

    static final Instant MONDAY = Instant.parse("2026-08-31T08:00:00Z");

    TownDocument document(String title, Instant at, Long householdId) {
        return TownDocument.published(title, 3, "ab".repeat(32), at, agentAccount(), householdId);
    }

    @Test
    void a_document_comes_back_with_its_bytes_exactly() {
        byte[] content = new byte[2 * 1024 * 1024 + 3];
        new Random(7).nextBytes(content);
        content[0] = 0;
        var stored = documents().publish(document("Guide de la rentrée 2026", MONDAY, null), content);
        assertNotEquals(0, stored.id());
        assertEquals(Optional.of(stored), documents().find(stored.id()));
        assertEquals("Guide de la rentrée 2026.pdf", stored.fileName());
        assertArrayEquals(content, documents().content(stored.id()).orElseThrow());
    }

    @Test
    void a_household_reads_the_documents_for_all_and_its_own_even_when_created_after_them_never_another_households() {
        long dupont = households().add(Household.named("DUPONT")).id();
        var guide = documents().publish(document("Guide", MONDAY, null), new byte[] {1, 2, 3});
        var dupontsOwn = documents().publish(document("Attestation Dupont", MONDAY.plusSeconds(60), dupont), new byte[] {4, 5, 6});
        long martin = households().add(Household.named("MARTIN")).id();
        var martinsOwn = documents().publish(document("Attestation Martin", MONDAY.plusSeconds(120), martin), new byte[] {7, 8, 9});

        assertEquals(List.of(dupontsOwn, guide), documents().readableBy(dupont));
        assertEquals(List.of(martinsOwn, guide), documents().readableBy(martin));
        assertEquals(List.of(martinsOwn, dupontsOwn, guide), documents().all());
    }

    @Test
    void a_withdrawn_document_is_gone_with_its_file() {
        var guide = documents().publish(document("Guide", MONDAY, null), new byte[] {1, 2, 3});
        var menu = documents().publish(document("Menus", MONDAY, null), new byte[] {4});
        assertTrue(documents().withdraw(guide.id()));
        assertEquals(Optional.empty(), documents().find(guide.id()));
        assertEquals(Optional.empty(), documents().content(guide.id()));
        assertEquals(List.of(menu), documents().all());
        assertFalse(documents().withdraw(guide.id()));
        assertFalse(documents().withdraw(999_999));
    }
}
