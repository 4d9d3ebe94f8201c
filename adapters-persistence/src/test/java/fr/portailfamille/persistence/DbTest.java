package fr.portailfamille.persistence;

import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a transaction reads once ({@link Db#onceInTransaction}) is read again after its own writes, and outside one always. */
class DbTest {

    final Db db = TestDatabase.fresh();
    final JooqHouseholdRepository households = new JooqHouseholdRepository(db);
    /** Another connection's view: its writes commit on their own. */
    final JooqHouseholdRepository elsewhere = new JooqHouseholdRepository(new Db(TestDatabase.secondPool()));

    @Test
    void a_transaction_reads_a_family_once_but_sees_the_child_it_adds() {
        long household = households.add(Household.named("DURAND")).id();
        households.addChild(child(household, "Lucas"));
        db.run(() -> {
            assertEquals(1, households.children(household).size());
            elsewhere.addChild(child(household, "Inès")); // committed meanwhile by another request: not this one's concern
            assertEquals(1, households.children(household).size());
            households.addChild(child(household, "Tom"));
            assertEquals(3, households.children(household).size());
        });
    }

    @Test
    void outside_a_transaction_every_question_reads_the_database() {
        long household = households.add(Household.named("MARTIN")).id();
        assertEquals(0, households.children(household).size());
        elsewhere.addChild(child(household, "Jade"));
        assertEquals(1, households.children(household).size());
        assertEquals(java.util.Optional.empty(), households.householdOf(424242));
    }

    private static Child child(long household, String name) {
        return new Child(0, household, "Durand", name, LocalDate.of(2018, 5, 1), "", SchoolLevel.CE1);
    }
}
