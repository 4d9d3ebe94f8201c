package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SupportingDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link DocumentRepository} (and of {@link DocumentStorage} next to it): in-memory and jOOQ. */
public abstract class DocumentRepositoryContract {

    protected abstract DocumentRepository documents();

    /** The households the documents belong to (the database checks they exist). */
    protected abstract HouseholdRepository households();

    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    SupportingDocument sent(long householdId, String type) {
        return SupportingDocument.sent(householdId, null, type, "scan.pdf", FileType.PDF, 1234, "ab".repeat(32), NOW, 11, LocalDate.of(2027, 6, 30));
    }

    @Test
    void a_document_round_trips_and_its_review_is_recorded() {
        long h = households().add(Household.named("DUPONT")).id();
        var added = documents().add(sent(h, "justificatif-domicile"));
        assertEquals(Optional.of(added), documents().find(added.id()));
        var refused = added.rejected("Illisible, merci de renvoyer un scan net", 2, NOW.plusSeconds(60));
        documents().update(refused);
        assertEquals(Optional.of(refused), documents().find(added.id()));
        var validated = added.validated(2, NOW.plusSeconds(120));
        documents().update(validated);
        assertEquals(Optional.of(validated), documents().find(added.id()));
    }

    @Test
    void a_household_sees_its_own_documents_most_recent_first() {
        long dupont = households().add(Household.named("DUPONT")).id();
        long martin = households().add(Household.named("MARTIN")).id();
        var first = documents().add(sent(dupont, "justificatif-domicile"));
        var other = documents().add(sent(martin, "justificatif-domicile"));
        var second = documents().add(sent(dupont, "livret-famille"));
        assertEquals(List.of(second, first), documents().ofHousehold(dupont));
        assertEquals(List.of(other), documents().ofHousehold(martin));
    }

    @Test
    void the_queue_holds_pending_justificatifs_oldest_first() {
        long h = households().add(Household.named("DUPONT")).id();
        var first = documents().add(sent(h, "justificatif-domicile"));
        var done = documents().add(sent(h, "livret-famille"));
        var third = documents().add(sent(h, "piece-identite"));
        documents().update(done.validated(2, NOW));
        assertEquals(List.of(first, third), documents().pending(10));
        assertEquals(List.of(first), documents().pending(1));
    }
}
