package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link RetentionStore}: in-memory and jOOQ. Each adapter seeds the facts its own way (the hooks below);
 * the store must read them back and delete exactly what it is told.
 */
public abstract class RetentionStoreContract {

    protected abstract RetentionStore store();

    protected abstract long household(String name);

    /** A child with a health sheet (and vaccinations). */
    protected abstract long childWithSheet(long household, String firstNames);

    protected abstract void enrol(long child, SchoolYear year);

    /** An invoice issued on {@code issuedOn}, paid on {@code settledOn}, or still to pay when that is null; its id. */
    protected abstract long invoice(long household, LocalDate issuedOn, LocalDate settledOn);

    /** An invoice of July 2026. */
    protected void invoice(long household, LocalDate settledOn) {
        invoice(household, LocalDate.of(2026, 7, 1), settledOn);
    }

    /** A change of the child's answer to a consent question, at that instant. */
    protected abstract void consentChange(long child, String question, Instant at);

    /** How many changes of the child's consents are kept. */
    protected abstract int consentChanges(long child);

    protected abstract long document(long household, String fileName, LocalDate validUntil);

    protected abstract long thread(long household, String subject, Instant lastMessageAt);

    protected abstract long demarche(long household, Instant updatedAt);

    /** A line in each audit trail the adapter has, at that instant; how many lines it wrote. */
    protected abstract int auditLine(long household, long child, Instant at);

    protected abstract boolean hasHealthSheet(long child);

    protected abstract String householdName(long household);

    /** The names of the household's children, of its guardians and the e-mails of its accounts, as stored. */
    protected abstract List<String> personalTexts(long household);

    protected abstract int invoices(long household);

    protected static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void households_marked_as_gone_come_with_their_invoices_facts_until_anonymised() {
        long dupont = household("DUPONT");
        long martin = household("MARTIN");
        long nguyen = household("NGUYEN");
        invoice(dupont, LocalDate.of(2026, 9, 15));
        invoice(dupont, LocalDate.of(2026, 10, 2));
        invoice(martin, null);
        invoice(martin, LocalDate.of(2026, 8, 1));
        store().markLeft(dupont, LocalDate.of(2026, 7, 31));
        store().markLeft(martin, LocalDate.of(2026, 8, 31));
        store().markLeft(nguyen, LocalDate.of(2026, 6, 30));
        store().markLeft(nguyen, null);
        assertEquals(Optional.of(LocalDate.of(2026, 7, 31)), store().leftOn(dupont));
        assertEquals(Optional.empty(), store().leftOn(nguyen), "the mark was cleared");
        var departed = store().departed().stream().sorted(java.util.Comparator.comparingLong(RetentionStore.Departed::householdId)).toList();
        assertEquals(List.of(new RetentionStore.Departed(dupont, "DUPONT", LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 2), 0),
                new RetentionStore.Departed(martin, "MARTIN", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 8, 1), 1)), departed);

        store().anonymise(dupont, T0);
        assertEquals(List.of(martin), store().departed().stream().map(RetentionStore.Departed::householdId).toList());
        assertEquals(Optional.empty(), store().leftOn(dupont));
    }

    @Test
    void anonymising_a_household_detaches_its_invoices_from_every_contact_and_health_datum() {
        long dupont = household("DUPONT");
        long lea = childWithSheet(dupont, "Léa");
        enrol(lea, SchoolYear.startingIn(2025));
        invoice(dupont, LocalDate.of(2026, 9, 15));
        document(dupont, "livret-de-famille.pdf", null);
        thread(dupont, "Sortie scolaire", T0);
        demarche(dupont, T0);
        long martin = household("MARTIN");
        long tom = childWithSheet(martin, "Tom");
        store().markLeft(dupont, LocalDate.of(2026, 7, 31));

        store().anonymise(dupont, T0);
        assertFalse(hasHealthSheet(lea));
        assertTrue(householdName(dupont).startsWith("Foyer anonymisé"), householdName(dupont));
        assertTrue(personalTexts(dupont).stream().noneMatch(t -> t.contains("Léa") || t.contains("DUPONT") || t.contains("@exemple.fr")),
                personalTexts(dupont).toString());
        assertEquals(1, invoices(dupont), "the invoice stays for the public accountant");
        assertEquals(List.of(), store().documentsValidBefore(LocalDate.of(2100, 1, 1)).stream().filter(i -> i.householdId() == dupont).toList());
        assertEquals(List.of(), store().threadsInactiveSince(T0.plusSeconds(1)).stream().filter(i -> i.householdId() == dupont).toList());
        assertEquals(List.of(), store().demarchesInactiveSince(T0.plusSeconds(1)).stream().filter(i -> i.householdId() == dupont).toList());
        assertTrue(hasHealthSheet(tom), "another household keeps its data");
        assertEquals("MARTIN", householdName(martin));
    }

    @Test
    void health_sheets_of_enrolled_children_come_with_their_last_enrolment_and_go_one_by_one() {
        long dupont = household("DUPONT");
        long lea = childWithSheet(dupont, "Léa");
        long hugo = childWithSheet(dupont, "Hugo");
        childWithSheet(dupont, "Zoé"); // never enrolled: no rule applies
        enrol(lea, SchoolYear.startingIn(2024));
        enrol(lea, SchoolYear.startingIn(2025));
        enrol(hugo, SchoolYear.startingIn(2026));
        var sheets = store().sheetsOfEnrolledChildren().stream().sorted(java.util.Comparator.comparingLong(RetentionStore.Sheet::childId)).toList();
        assertEquals(List.of(new RetentionStore.Sheet(lea, dupont, "Léa", SchoolYear.startingIn(2025)),
                new RetentionStore.Sheet(hugo, dupont, "Hugo", SchoolYear.startingIn(2026))), sheets);
        store().deleteHealthSheet(lea);
        assertFalse(hasHealthSheet(lea));
        assertTrue(hasHealthSheet(hugo));
        assertEquals(List.of(hugo), store().sheetsOfEnrolledChildren().stream().map(RetentionStore.Sheet::childId).toList());
    }

    @Test
    void expired_documents_old_threads_and_demarches_are_found_by_their_cutoff_and_deleted_by_id() {
        long dupont = household("DUPONT");
        long expired = document(dupont, "quittance.pdf", LocalDate.of(2026, 8, 31));
        long valid = document(dupont, "avis.pdf", LocalDate.of(2026, 9, 30));
        document(dupont, "livret.pdf", null);
        long old = thread(dupont, "Ancienne question", T0.minusSeconds(3 * 365 * 86_400L));
        thread(dupont, "Question récente", T0);
        long oldDemarche = demarche(dupont, T0.minusSeconds(3 * 365 * 86_400L));
        demarche(dupont, T0);

        var documents = store().documentsValidBefore(LocalDate.of(2026, 9, 5));
        assertEquals(List.of(new RetentionStore.Item(expired, dupont, "quittance.pdf", LocalDate.of(2026, 8, 31))), documents);
        var since = T0.minusSeconds(2 * 365 * 86_400L);
        assertEquals(List.of(old), store().threadsInactiveSince(since).stream().map(RetentionStore.Item::id).toList());
        assertEquals("Ancienne question", store().threadsInactiveSince(since).getFirst().label());
        assertEquals(List.of(oldDemarche), store().demarchesInactiveSince(since).stream().map(RetentionStore.Item::id).toList());

        store().deleteDocuments(List.of(expired));
        store().deleteThreads(List.of(old));
        store().deleteDemarches(List.of(oldDemarche));
        assertEquals(List.of(), store().documentsValidBefore(LocalDate.of(2026, 9, 5)));
        assertEquals(List.of(valid), store().documentsValidBefore(LocalDate.of(2026, 10, 5)).stream().map(RetentionStore.Item::id).toList());
        assertEquals(List.of(), store().threadsInactiveSince(since));
        assertEquals(List.of(), store().demarchesInactiveSince(since));
        store().deleteDocuments(List.of());
    }

    @Test
    void audit_lines_older_than_the_cutoff_are_counted_and_deleted() {
        long dupont = household("DUPONT");
        long lea = childWithSheet(dupont, "Léa");
        int written = auditLine(dupont, lea, T0.minusSeconds(4 * 365 * 86_400L));
        auditLine(dupont, lea, T0);
        var cutoff = T0.minusSeconds(3 * 365 * 86_400L);
        long old = store().auditLinesBefore(cutoff);
        assertEquals(written, old, "every trail counts");
        assertEquals(old, store().deleteAuditLinesBefore(cutoff));
        assertEquals(0, store().auditLinesBefore(cutoff));
        assertTrue(store().auditLinesBefore(T0.plusSeconds(1)) >= 1, "the recent ones stay");
    }

    @Test
    void of_old_consent_changes_the_latest_per_question_stays_as_proof_of_the_answer_in_force() {
        long dupont = household("DUPONT");
        long lea = childWithSheet(dupont, "Léa");
        long tom = childWithSheet(household("MARTIN"), "Tom");
        consentChange(lea, "photos", T0.minusSeconds(6 * 365 * 86_400L));
        consentChange(lea, "photos", T0.minusSeconds(5 * 365 * 86_400L));
        consentChange(lea, "sortie", T0.minusSeconds(5 * 365 * 86_400L));
        consentChange(lea, "soins", T0.minusSeconds(5 * 365 * 86_400L));
        consentChange(lea, "soins", T0);
        consentChange(tom, "photos", T0.minusSeconds(5 * 365 * 86_400L));
        var cutoff = T0.minusSeconds(3 * 365 * 86_400L);
        assertEquals(2, store().auditLinesBefore(cutoff), "photos' first answer, soins' old one; sortie's only answer and Tom's stay");
        assertEquals(2, store().deleteAuditLinesBefore(cutoff));
        assertEquals(3, consentChanges(lea));
        assertEquals(1, consentChanges(tom));
        assertEquals(0, store().auditLinesBefore(cutoff));
    }

    @Test
    void settled_invoices_issued_before_the_cutoff_are_found_and_deleted_never_one_to_pay() {
        long dupont = household("DUPONT");
        long martin = household("MARTIN");
        long old = invoice(dupont, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 20));
        invoice(dupont, LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 20));
        invoice(martin, LocalDate.of(2016, 2, 1), null);
        var due = store().settledInvoicesIssuedBefore(LocalDate.of(2016, 12, 1));
        assertEquals(List.of(old), due.stream().map(RetentionStore.Item::id).toList(), "issued on the cutoff day: not yet; to pay: kept");
        assertEquals(dupont, due.getFirst().householdId());
        assertEquals(LocalDate.of(2016, 3, 1), due.getFirst().day());
        assertFalse(due.getFirst().label().isBlank(), "its number");

        store().deleteInvoices(List.of(old));
        assertEquals(1, invoices(dupont));
        assertEquals(List.of(), store().settledInvoicesIssuedBefore(LocalDate.of(2016, 12, 1)));
        store().deleteInvoices(List.of());
        assertEquals(1, invoices(martin));
    }
}
