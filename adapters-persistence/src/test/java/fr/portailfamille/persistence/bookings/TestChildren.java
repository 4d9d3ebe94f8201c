package fr.portailfamille.persistence.bookings;

import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.LocalDate;

/** Children stored in one household, for tests whose rows refer to a child. */
final class TestChildren {

    private final JooqHouseholdRepository households;
    private Long household;
    private int count;

    TestChildren(Db db) {
        this.households = new JooqHouseholdRepository(db);
    }

    long next() {
        if (household == null) household = households.add(Household.named("ESSAI")).id();
        return households.addChild(new Child(0, household, "Essai", "Enfant " + (++count), LocalDate.of(2018, 1, 1), "", SchoolLevel.CE1)).id();
    }
}
