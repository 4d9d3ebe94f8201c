package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.BloodGroup;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.ChildhoodIllness;
import fr.portailfamille.domain.households.ConsentAnswer;
import fr.portailfamille.domain.households.Guardian;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.Vaccine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link HouseholdRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class HouseholdRepositoryContract {

    /** An empty repository; several calls within one test give the same store. */
    protected abstract HouseholdRepository repository();

    /** A parent account id the adapter accepts as a member (the database checks it exists). */
    protected abstract long anAccount();

    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    static final Guardian MARIE = new Guardian("Dupont", "Marie", "Mère", "marie@exemple.fr", "06 12 34 56 78", "");
    static final Guardian JULIEN = new Guardian("Dupont", "Julien", "Père", "julien@exemple.fr", "06 98 76 54 32", "01 23 45 67 89");

    Child child(long householdId, String first, LocalDate birth) {
        return new Child(0, householdId, "Dupont", first, birth, "Élémentaire Jules Ferry", SchoolLevel.CE1);
    }

    @Test
    void a_household_round_trips_with_its_guardians_in_order() {
        var repo = repository();
        var added = repo.add(new Household(0, "Famille DUPONT", "3 rue des Lilas", true, List.of(MARIE, JULIEN)));
        assertTrue(added.id() > 0);
        assertEquals(Optional.of(added), repo.find(added.id()));
        var changed = added.withCoordinates("5 rue des Roses", false, List.of(JULIEN));
        repo.update(changed);
        assertEquals(Optional.of(changed), repo.find(added.id()));
        assertEquals(Optional.empty(), repo.find(added.id() + 1000));
    }

    @Test
    void every_household_is_among_the_ids_in_increasing_order() {
        var repo = repository();
        var first = repo.add(Household.named("DUPONT"));
        var second = repo.add(Household.named("MARTIN"));
        var ids = repo.ids();
        assertTrue(ids.containsAll(List.of(first.id(), second.id())), ids.toString());
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void an_account_belongs_to_one_household() {
        var repo = repository();
        long account = anAccount();
        var first = repo.add(Household.named("DUPONT"));
        var second = repo.add(Household.named("MARTIN"));
        assertEquals(Optional.empty(), repo.householdOf(account));
        repo.link(account, first.id());
        assertEquals(Optional.of(first.id()), repo.householdOf(account));
        assertEquals(List.of(account), repo.accountsOf(first.id()));
        repo.link(account, second.id());
        assertEquals(Optional.of(second.id()), repo.householdOf(account));
        assertEquals(List.of(), repo.accountsOf(first.id()));
    }

    @Test
    void search_finds_households_by_their_name_or_a_childs_name_ignoring_case() {
        var repo = repository();
        var dupont = repo.add(Household.named("DUPONT"));
        var nguyen = repo.add(Household.named("NGUYEN"));
        repo.addChild(new Child(0, nguyen.id(), "Nguyen", "Minh", LocalDate.of(2019, 1, 2), "", null));
        assertEquals(List.of(dupont), repo.search("dupont", 10));
        assertEquals(List.of(nguyen), repo.search("MINH", 10));
        assertEquals(List.of(dupont, nguyen), repo.search("", 10));
        assertEquals(List.of(dupont), repo.search("", 1));
        assertEquals(List.of(), repo.search("bernard", 10));
    }

    @Test
    void children_round_trip_eldest_first_and_stay_in_their_household() {
        var repo = repository();
        var h = repo.add(Household.named("DUPONT"));
        var other = repo.add(Household.named("MARTIN"));
        var young = repo.addChild(child(h.id(), "Hugo", LocalDate.of(2021, 6, 1)));
        var old = repo.addChild(new Child(0, h.id(), "Dupont", "Léa", LocalDate.of(2018, 3, 14), "", null));
        assertNotEquals(young.id(), old.id());
        assertEquals(List.of(old, young), repo.children(h.id()));
        assertEquals(List.of(), repo.children(other.id()));
        var moved = new Child(young.id(), h.id(), "Dupont", "Hugo", LocalDate.of(2021, 6, 1), "Maternelle Les Tilleuls", SchoolLevel.PS);
        repo.updateChild(moved);
        assertEquals(Optional.of(moved), repo.findChild(young.id()));
        var reachable = new Child(young.id(), h.id(), "Dupont", "Hugo", LocalDate.of(2021, 6, 1), "", null, "hugo@exemple.fr", "06 12 34 56 78");
        repo.updateChild(reachable);
        assertEquals(Optional.of(reachable), repo.findChild(young.id()), "the child's own coordinates are kept");
        var withCoordinates = repo.addChild(new Child(0, h.id(), "Dupont", "Zoé", LocalDate.of(2010, 1, 2), "", null, "zoe@exemple.fr", "07 00 00 00 01"));
        assertEquals(Optional.of(withCoordinates), repo.findChild(withCoordinates.id()));
    }

    @Test
    void a_health_record_round_trips_and_is_replaced_whole() {
        var repo = repository();
        var c = repo.addChild(child(repo.add(Household.named("DUPONT")).id(), "Léa", LocalDate.of(2018, 3, 14)));
        assertEquals(Optional.empty(), repo.healthRecord(c.id()));
        var full = new HealthRecord(c.id(), "Dr Martin", "01 23 45 67 89", true, "Pénicilline", "Arachide", "Lunettes",
                Set.of(ChildhoodIllness.VARICELLE, ChildhoodIllness.OTITES), BloodGroup.AB_NEG,
                Map.of(Vaccine.DTP, LocalDate.of(2018, 5, 14), Vaccine.BCG, LocalDate.of(2018, 4, 1)));
        repo.saveHealthRecord(full);
        assertEquals(Optional.of(full), repo.healthRecord(c.id()));
        var partial = new HealthRecord(c.id(), "Dr Martin", "", null, "", "", "", Set.of(), null, Map.of(Vaccine.ROR, LocalDate.of(2019, 3, 14)));
        repo.saveHealthRecord(partial);
        assertEquals(Optional.of(partial), repo.healthRecord(c.id()));
    }

    @Test
    void contacts_come_by_rank_and_can_be_removed() {
        var repo = repository();
        var c = repo.addChild(child(repo.add(Household.named("DUPONT")).id(), "Léa", LocalDate.of(2018, 3, 14)));
        var second = repo.addContact(new AuthorisedContact(0, c.id(), 2, "Voisin", "Ami", "0612345678", false, true));
        var first = repo.addContact(new AuthorisedContact(0, c.id(), 1, "Josette Dupont", "Grand-mère", "0612345679", true, false));
        assertEquals(List.of(first, second), repo.contacts(c.id()));
        repo.removeContact(first.id());
        assertEquals(List.of(second), repo.contacts(c.id()));
    }

    @Test
    void a_contact_is_edited_in_place_keeping_its_child_and_rank() {
        var repo = repository();
        var c = repo.addChild(child(repo.add(Household.named("DUPONT")).id(), "Léa", LocalDate.of(2018, 3, 14)));
        var first = repo.addContact(new AuthorisedContact(0, c.id(), 1, "Josette Dupont", "Grand-mère", "0612345679", true, false));
        var second = repo.addContact(new AuthorisedContact(0, c.id(), 2, "Voisin", "Ami", "0612345678", false, true));
        repo.updateContact(new AuthorisedContact(first.id(), c.id(), 9, "Josette Martin", "Grand-mère", "0711223344", false, true));
        assertEquals(List.of(new AuthorisedContact(first.id(), c.id(), 1, "Josette Martin", "Grand-mère", "0711223344", false, true), second),
                repo.contacts(c.id()));
    }

    @Test
    void a_new_answer_to_the_same_version_replaces_the_old_one_other_versions_stay() {
        var repo = repository();
        var c = repo.addChild(child(repo.add(Household.named("DUPONT")).id(), "Léa", LocalDate.of(2018, 3, 14)));
        var v1 = new ConsentAnswer(c.id(), "droit-image", 1, true, NOW, 11);
        var v2 = new ConsentAnswer(c.id(), "droit-image", 2, true, NOW.plusSeconds(60), 11);
        var v2again = new ConsentAnswer(c.id(), "droit-image", 2, false, NOW.plusSeconds(120), 12);
        repo.saveAnswer(v1);
        repo.saveAnswer(v2);
        repo.saveAnswer(v2again);
        assertEquals(List.of(v1, v2again), repo.answers(c.id()));
    }

    @Test
    void every_answer_saved_stays_in_the_childs_consent_history_a_withdrawal_included() {
        var repo = repository();
        long household = repo.add(Household.named("DUPONT")).id();
        var lea = repo.addChild(child(household, "Léa", LocalDate.of(2018, 3, 14)));
        var hugo = repo.addChild(child(household, "Hugo", LocalDate.of(2020, 1, 2)));
        var given = new ConsentAnswer(lea.id(), "droit-image", 1, true, NOW, 11);
        var withdrawn = new ConsentAnswer(lea.id(), "droit-image", 1, false, NOW.plusSeconds(60), 11);
        var givenAgain = new ConsentAnswer(lea.id(), "droit-image", 1, true, NOW.plusSeconds(120), 12);
        repo.saveAnswer(given);
        repo.saveAnswer(new ConsentAnswer(hugo.id(), "sortie", 1, true, NOW, 11));
        repo.saveAnswer(withdrawn);
        repo.saveAnswer(givenAgain);
        assertEquals(List.of(given, withdrawn, givenAgain), repo.consentHistory(lea.id()));
        assertEquals(List.of(givenAgain), repo.answers(lea.id()), "the answer in force is the last one");
        assertEquals(List.of(), repo.consentHistory(9_999));
    }

    @Test
    void the_records_of_several_children_read_together_are_those_read_one_by_one() {
        var repo = repository();
        long household = repo.add(Household.named("DUPONT")).id();
        var lea = repo.addChild(child(household, "Léa", LocalDate.of(2018, 3, 14)));
        var hugo = repo.addChild(child(household, "Hugo", LocalDate.of(2021, 6, 1)));
        var bare = repo.addChild(child(household, "Zoé", LocalDate.of(2022, 1, 5)));
        repo.saveHealthRecord(new HealthRecord(lea.id(), "Dr Martin", "01 23 45 67 89", false, "", "", "", Set.of(ChildhoodIllness.OTITES), null,
                Map.of(Vaccine.DTP, LocalDate.of(2018, 5, 14), Vaccine.ROR, LocalDate.of(2019, 5, 14))));
        repo.saveHealthRecord(new HealthRecord(hugo.id(), "Dr Roux", "01 00 00 00 00", null, "", "", "", Set.of(), BloodGroup.AB_NEG,
                Map.of(Vaccine.BCG, LocalDate.of(2021, 9, 1))));
        repo.addContact(new AuthorisedContact(0, lea.id(), 2, "Voisin", "Ami", "0612345678", false, true));
        repo.addContact(new AuthorisedContact(0, lea.id(), 1, "Josette Dupont", "Grand-mère", "0612345679", true, false));
        repo.addContact(new AuthorisedContact(0, hugo.id(), 1, "Paul Dupont", "Oncle", "0612345670", true, true));
        repo.saveAnswer(new ConsentAnswer(lea.id(), "droit-image", 2, true, NOW.plusSeconds(60), 11));
        repo.saveAnswer(new ConsentAnswer(lea.id(), "droit-image", 1, false, NOW, 11));
        repo.saveAnswer(new ConsentAnswer(hugo.id(), "sortie", 1, true, NOW, 12));

        var ids = List.of(hugo.id(), bare.id(), lea.id());
        var together = repo.childRecords(ids);
        assertEquals(ids, List.copyOf(together.keySet()));
        for (long id : ids) {
            assertEquals(new HouseholdRepository.ChildRecords(repo.healthRecord(id), repo.contacts(id), repo.answers(id)), together.get(id));
        }
        assertEquals(Map.of(), repo.childRecords(List.of()));
    }
}
