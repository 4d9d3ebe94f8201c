package fr.portailfamille.persistence.workload;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.bookings.port.SlotRepository;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.workload.port.WorkloadQueries;
import fr.portailfamille.application.workload.WorkloadQueriesContract;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.billing.JooqCashOfficeRepository;
import fr.portailfamille.persistence.billing.JooqInvoiceRepository;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.bookings.JooqEnrolmentRepository;
import fr.portailfamille.persistence.bookings.JooqSlotRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.Instant;
import java.time.LocalDate;

class JooqWorkloadQueriesTest extends WorkloadQueriesContract {

    private final Db db = TestDatabase.fresh();
    private final JooqHouseholdRepository households = new JooqHouseholdRepository(db);
    private final JooqAccountRepository accounts = new JooqAccountRepository(db);
    private final JooqActivityRepository activities = new JooqActivityRepository(db);
    private final JooqSlotRepository slots = new JooqSlotRepository(db);
    private final JooqEnrolmentRepository enrolments = new JooqEnrolmentRepository(db);
    private final JooqCashOfficeRepository cashOffices = new JooqCashOfficeRepository(db);
    private final JooqInvoiceRepository invoices = new JooqInvoiceRepository(db);
    private int agents;

    @Override
    protected WorkloadQueries queries() {
        return new JooqWorkloadQueries(db);
    }

    @Override
    protected ActivityRepository activities() {
        return activities;
    }

    @Override
    protected SlotRepository slots() {
        return slots;
    }

    @Override
    protected EnrolmentRepository enrolments() {
        return enrolments;
    }

    @Override
    protected CashOfficeRepository cashOffices() {
        return cashOffices;
    }

    @Override
    protected InvoiceRepository invoices() {
        return invoices;
    }

    @Override
    protected Transactions transactions() {
        return db;
    }

    @Override
    protected long aChild() {
        return households.addChild(new Child(0, aHousehold(), "Essai", "Enfant", LocalDate.of(2018, 1, 1), "", null)).id();
    }

    @Override
    protected long aHousehold() {
        return households.add(Household.named("ESSAI")).id();
    }

    @Override
    protected long anAgent() {
        return accounts.add(Account.create(accounts.nextLoginId(), EmailAddress.parse("agent" + (++agents) + "@beaulieu.example").orElseThrow(),
                "AGENT", "Essai", Role.AGENT, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
