package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.domain.privacy.RetentionPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retention rules over a fixed clock: what «Données à purger» shows, and what the daily job does on its day. */
class DataRetentionTest {

    final InMemoryHouseholdsPorts memory = new InMemoryHouseholdsPorts();
    final MutableClock clock = memory.accounts.clock;
    final InMemoryRetentionStore store = new InMemoryRetentionStore();
    final InMemoryPrivacySettings settings = new InMemoryPrivacySettings();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final DataRetention retention = new DataRetention(memory.ports, store, settings, trail);
    final Actor agent = account("ROUSSEL", "paul@mairie.fr", Role.AGENT);
    final Actor admin = account("MARTIN", "claire@mairie.fr", Role.ADMIN);
    final Actor parent = account("DUPONT", "marie@exemple.fr", Role.PARENT);

    Actor account(String name, String email, Role role) {
        var accounts = memory.ports.accounts();
        return Actor.of(accounts.add(Account.create(accounts.nextLoginId(), EmailAddress.parse(email).orElseThrow(), name, "X", role, clock.instant())));
    }

    void at(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    long household(String name) {
        long id = memory.ports.households().add(Household.named(name)).id();
        return store.addHousehold(id, memory.ports.households().find(id).orElseThrow().name(), name.toLowerCase() + "@exemple.fr");
    }

    @Test
    void a_household_marked_as_gone_is_anonymised_a_year_after_its_last_invoice_is_settled_and_its_invoices_remain() {
        at("2026-10-01T08:00:00Z");
        long dupont = household("DUPONT");
        store.addInvoice(dupont, LocalDate.of(2026, 9, 15));
        long lea = store.addChildWithSheet(dupont, "Léa");
        assertTrue(retention.markLeft(agent, dupont, "31/07/2026").isEmpty());
        assertEquals(Optional.of(LocalDate.of(2026, 7, 31)), retention.leftOn(agent, dupont));
        assertEquals(AuditEvent.Kind.HOUSEHOLD_LEFT, trail.ofHousehold(dupont, 1).getFirst().kind());

        var preview = retention.preview(agent);
        assertEquals(List.of(), preview.households());
        assertEquals(Optional.of(LocalDate.of(2027, 9, 15)), preview.waiting().getFirst().purgeDay());

        at("2027-09-14T21:00:00Z"); // 23 h in Paris, the day before
        assertTrue(retention.purgeDue().households().isEmpty());
        assertEquals("Famille DUPONT", store.householdName(dupont));

        at("2027-09-14T22:30:00Z"); // 0 h 30 in Paris on the 15th
        var done = retention.purgeDue();
        assertEquals(List.of(dupont), done.households().stream().map(d -> d.household().householdId()).toList());
        assertTrue(store.householdName(dupont).startsWith("Foyer anonymisé"));
        assertFalse(store.hasHealthSheet(lea));
        assertEquals(1, store.invoices(dupont), "kept for the public accountant");
        assertTrue(retention.purgeDue().empty(), "nothing twice");
    }

    @Test
    void invoices_go_ten_years_after_their_issue_those_of_a_household_that_left_too() {
        at("2026-10-01T08:00:00Z");
        long dupont = household("DUPONT");
        long lea = store.addChildWithSheet(dupont, "Léa");
        long july = store.addInvoice(dupont, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20));
        store.addInvoice(dupont, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
        long martin = household("MARTIN");
        store.addInvoice(martin, LocalDate.of(2026, 6, 1), null);
        store.addConsentChange(lea, "photos", Instant.parse("2026-09-01T08:00:00Z"));
        store.addConsentChange(lea, "photos", Instant.parse("2026-09-20T08:00:00Z"));
        retention.markLeft(agent, dupont, "30/09/2026");

        at("2027-09-30T08:00:00Z");
        assertEquals(1, retention.purgeDue().households().size(), "anonymised a year after its departure, later than its last settlement");
        assertEquals(2, store.invoices(dupont), "its invoices stay, detached from its people");
        assertTrue(store.personalTexts(dupont).stream().noneMatch(t -> t.contains("DUPONT")));
        assertEquals(0, store.consentChanges(lea), "the consent history went with the household's people");

        at("2036-07-01T08:00:00Z");
        assertTrue(retention.preview(agent).invoices().isEmpty(), "ten years to the day: not yet");
        at("2036-07-01T22:30:00Z"); // 0 h 30 in Paris on 2 July
        var preview = retention.preview(agent);
        assertEquals(List.of(july), preview.invoices().stream().map(RetentionStore.Item::id).toList(), "shown in «Données à purger» first");
        assertEquals(2, store.invoices(dupont));
        retention.purgeDue();
        assertEquals(1, store.invoices(dupont));
        assertEquals(1, store.invoices(martin), "an invoice still to pay is a debt: never dropped");
        at("2036-09-02T08:00:00Z");
        assertEquals(1, retention.purgeDue().invoices().size());
        assertEquals(0, store.invoices(dupont));
    }

    @Test
    void a_childs_consent_changes_older_than_the_audit_duration_go_but_the_answer_in_force() {
        at("2026-09-01T08:00:00Z");
        long dupont = household("DUPONT");
        long lea = store.addChildWithSheet(dupont, "Léa");
        store.addConsentChange(lea, "photos", Instant.parse("2026-09-01T08:00:00Z"));
        store.addConsentChange(lea, "photos", Instant.parse("2026-10-01T08:00:00Z"));
        store.addConsentChange(lea, "sortie", Instant.parse("2026-09-01T08:00:00Z"));
        at("2029-09-30T08:00:00Z");
        assertEquals(1, retention.preview(agent).auditLines(), "the first «photos» answer, older than 3 years and replaced");
        at("2029-10-02T08:00:00Z");
        assertEquals(1, retention.purgeDue().auditLines());
        assertEquals(2, store.consentChanges(lea), "each question keeps the answer in force, however old");
        assertTrue(retention.purgeDue().empty());
    }

    @Test
    void a_household_with_an_invoice_to_pay_waits_whatever_the_date() {
        at("2026-10-01T08:00:00Z");
        long martin = household("MARTIN");
        store.addInvoice(martin, null);
        retention.markLeft(agent, martin, "2026-08-31");
        at("2036-10-01T08:00:00Z");
        var plan = retention.purgeDue();
        assertTrue(plan.households().isEmpty());
        assertEquals(Optional.empty(), plan.waiting().getFirst().purgeDay());
        assertEquals("Famille MARTIN", store.householdName(martin));
    }

    @Test
    void health_sheets_go_after_the_last_enrolments_school_year_documents_after_validity_and_messages_after_two_years() {
        at("2026-08-31T12:00:00Z");
        long dupont = household("DUPONT");
        long lea = store.addChildWithSheet(dupont, "Léa");
        long hugo = store.addChildWithSheet(dupont, "Hugo");
        store.addEnrolment(lea, SchoolYear.startingIn(2025));
        store.addEnrolment(hugo, SchoolYear.startingIn(2026));
        long expired = store.addDocument(dupont, "quittance.pdf", LocalDate.of(2026, 5, 30));
        store.addDocument(dupont, "avis.pdf", LocalDate.of(2026, 6, 30));
        long old = store.addThread(dupont, "Ancienne question", Instant.parse("2024-08-30T10:00:00Z"));
        store.addThread(dupont, "Question", Instant.parse("2024-09-01T10:00:00Z"));
        store.addAuditLine(Instant.parse("2023-08-30T10:00:00Z"));
        store.addAuditLine(Instant.parse("2023-09-01T10:00:00Z"));

        var before = retention.preview(agent);
        assertTrue(before.sheets().isEmpty(), "still the school year of Léa's last enrolment");
        assertEquals(List.of(expired), before.documents().stream().map(RetentionStore.Item::id).toList(), "valid until 30 May, kept 3 months more: 30 August was its last day");
        assertEquals(List.of(old), before.threads().stream().map(RetentionStore.Item::id).toList());
        assertEquals(1, before.auditLines());

        at("2026-09-01T08:00:00Z");
        var done = retention.purgeDue();
        assertEquals(List.of(lea), done.sheets().stream().map(RetentionStore.Sheet::childId).toList());
        assertFalse(store.hasHealthSheet(lea));
        assertTrue(store.hasHealthSheet(hugo));
        assertEquals(List.of(), store.documentsValidBefore(LocalDate.of(2026, 6, 1)));
        assertEquals(1, store.threadsInactiveSince(Instant.parse("2030-01-01T00:00:00Z")).size());
        assertEquals(1, store.auditLinesBefore(Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    void admins_set_the_durations_and_the_data_protection_officer_within_bounds_and_the_town_keeps_a_trace() {
        var refused = retention.saveRetention(admin, Map.of("householdYears", "1", "documentMonths", "3", "messageYears", "2", "auditYears", "3",
                "invoiceYears", "5"));
        assertEquals(Map.of("invoiceYears", "Factures : au moins 10 ans (comptable public), au plus 30 ans."), refused.asMap());
        assertEquals(RetentionPolicy.defaults(), retention.policy(), "nothing saved");
        assertTrue(retention.saveRetention(admin, Map.of("householdYears", "2", "documentMonths", "6", "messageYears", "2", "auditYears", "5",
                "invoiceYears", "10")).isEmpty());
        assertEquals(new RetentionPolicy(2, 6, 2, 5, 10), retention.policy());
        assertTrue(retention.saveDpoContact(admin, "dpo@ville.example").isEmpty());
        assertEquals("dpo@ville.example", retention.dpoContact());
        var town = trail.ofTown(10);
        assertEquals(2, town.size());
        assertTrue(town.get(1).summary().contains("foyers partis 1 an(s)") && town.get(1).summary().contains("foyers partis 2 an(s)"));
        assertThrows(Actor.NotAllowed.class, () -> retention.saveRetention(agent, Map.of()));
        assertThrows(Actor.NotAllowed.class, () -> retention.saveDpoContact(agent, "x"));
        assertThrows(Actor.NotAllowed.class, () -> retention.preview(parent));
        assertThrows(Actor.NotAllowed.class, () -> retention.markLeft(parent, 1, "31/07/2026"));
    }

    @Test
    void a_departure_needs_a_date_at_most_a_year_ahead_and_can_be_cancelled() {
        at("2026-10-01T08:00:00Z");
        long dupont = household("DUPONT");
        assertEquals("Saisissez la date de départ, par exemple 31/08/2026.", retention.markLeft(agent, dupont, "bientôt").asMap().get("leftOn"));
        assertFalse(retention.markLeft(agent, dupont, "01/12/2027").isEmpty());
        assertEquals(Optional.empty(), retention.leftOn(agent, dupont));
        retention.markLeft(agent, dupont, "30/09/2026");
        retention.cancelDeparture(agent, dupont);
        assertEquals(Optional.empty(), retention.leftOn(agent, dupont));
        assertThrows(Actor.NotAllowed.class, () -> retention.markLeft(agent, 9_999, "30/09/2026"));
    }
}
