package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.AbsenceRepository;
import fr.portailfamille.application.bookings.AbsenceRepositoryContract;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.LocalDate;

class JooqAbsenceRepositoryTest extends AbsenceRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private final JooqAbsenceRepository repository = new JooqAbsenceRepository(db);
    private final JooqHouseholdRepository households = new JooqHouseholdRepository(db);
    private int count;

    @Override
    protected AbsenceRepository repository() {
        return repository;
    }

    @Override
    protected long aHousehold() {
        return households.add(Household.named("ESSAI " + (++count))).id();
    }

    @Override
    protected long aChild(long householdId) {
        return households.addChild(new Child(0, householdId, "Essai", "Enfant " + (++count), LocalDate.of(2018, 1, 1), "", SchoolLevel.CE1)).id();
    }
}
