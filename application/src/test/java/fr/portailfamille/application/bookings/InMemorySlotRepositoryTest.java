package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.common.port.Transactions;

class InMemorySlotRepositoryTest extends SlotRepositoryContract {
    private final InMemorySlotRepository repository = new InMemorySlotRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private long persons;

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
        return transactions;
    }

    @Override
    protected long aPerson() {
        return ++persons;
    }
}
