package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.bookings.port.SlotRepository;
import fr.portailfamille.application.bookings.SlotRepositoryContract;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqSlotRepositoryTest extends SlotRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private final JooqSlotRepository repository = new JooqSlotRepository(db);
    private final JooqActivityRepository activities = new JooqActivityRepository(db);
    private final TestChildren children = new TestChildren(db);

    @Override
    protected SlotRepository repository() {
        return repository;
    }

    @Override
    protected ActivityRepository activities() {
        return activities;
    }

    @Override
    protected Transactions transactions() {
        return db;
    }

    @Override
    protected long aPerson() {
        return children.next();
    }
}
