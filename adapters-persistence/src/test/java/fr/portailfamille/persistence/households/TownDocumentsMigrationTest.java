package fr.portailfamille.persistence.households;

import fr.portailfamille.domain.households.TownDocument;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.Migrations;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V54: the per-household copies an earlier version made of each town document become one document each, addressed to
 * every family when there were several copies, to the household when there was one; the tax certificates stay.
 */
class TownDocumentsMigrationTest {

    static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void the_copies_of_a_publication_become_one_document_and_the_tax_certificates_stay_as_they_are() {
        var dataSource = TestDatabase.emptyDatabase("town_documents_copies");
        Migrations.migrateTo(dataSource, "53");
        var db = new Db(dataSource);
        long dupont = household(db, "DUPONT");
        long martin = household(db, "MARTIN");
        for (long household : List.of(dupont, martin)) copy(db, household, "document-ville", "Guide de la rentrée.pdf", new byte[] {1, 2, 3});
        copy(db, martin, "document-ville", "Attestation Martin.pdf", new byte[] {4, 5});
        long certificate = copy(db, dupont, "ATTESTATION_FISCALE", "attestation-fiscale-2025.pdf", new byte[] {6});

        Migrations.migrateTo(dataSource, "54");
        var documents = new JooqTownDocumentRepository(db);
        var all = documents.all();
        assertEquals(List.of("Attestation Martin", "Guide de la rentrée"), all.stream().map(TownDocument::title).sorted().toList());
        var guide = all.stream().filter(d -> d.title().equals("Guide de la rentrée")).findFirst().orElseThrow();
        assertEquals(null, guide.householdId(), "several copies: a document to every family");
        assertEquals(AT, guide.publishedAt());
        assertArrayEquals(new byte[] {1, 2, 3}, documents.content(guide.id()).orElseThrow());
        assertEquals(List.of(guide), documents.readableBy(dupont));
        assertEquals(2, documents.readableBy(martin).size(), "the guide and its own attestation");
        assertEquals(List.of(certificate), db.dsl().fetch("SELECT id FROM supporting_document ORDER BY id").map(r -> r.get(0, Long.class)),
                "only the tax certificate is left among the household's documents");
        assertEquals(1, db.dsl().fetchSingle("SELECT count(*) FROM document_content").get(0, Integer.class));
    }

    private static long household(Db db, String name) {
        return db.dsl().fetchSingle("INSERT INTO household (name) VALUES (?) RETURNING id", name).get(0, Long.class);
    }

    private static long copy(Db db, long household, String type, String fileName, byte[] content) {
        long id = db.dsl().fetchSingle("""
                        INSERT INTO supporting_document (household_id, type_code, file_name, file_type, size, sha256, sent_at, sent_by, status,
                                                         reviewed_at, reviewed_by, from_town)
                        VALUES (?, ?, ?, 'PDF', ?, ?, ?::timestamptz, 2, 'VALIDATED', ?::timestamptz, 2, true) RETURNING id""",
                household, type, fileName, content.length, "ab".repeat(32), AT.atOffset(ZoneOffset.UTC), AT.atOffset(ZoneOffset.UTC)).get(0, Long.class);
        db.dsl().execute("INSERT INTO document_content (document_id, content) VALUES (?, ?)", id, content);
        return id;
    }
}
