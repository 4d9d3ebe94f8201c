package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.BilledDays;
import fr.portailfamille.application.billing.BilledDaysContract;
import fr.portailfamille.application.billing.CashOfficeRepository;
import fr.portailfamille.application.billing.InvoiceRepository;
import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.LocalDate;
import java.util.Set;

class JooqBilledDaysTest extends BilledDaysContract {

    private final Db db = TestDatabase.fresh();
    private long agent;

    @Override
    protected BilledDays billedDays() {
        return new JooqBilledDays(db);
    }

    @Override
    protected InvoiceRepository invoices() {
        return new JooqInvoiceRepository(db);
    }

    @Override
    protected CashOfficeRepository cashOffices() {
        return new JooqCashOfficeRepository(db);
    }

    @Override
    protected long newHousehold() {
        return BillingRows.household(db);
    }

    @Override
    protected long newChild(long householdId, String firstNames, String lastName) {
        return new JooqHouseholdRepository(db).addChild(new Child(0, householdId, lastName, firstNames, LocalDate.of(2020, 5, 1), "", SchoolLevel.GS)).id();
    }

    @Override
    protected long newActivity(String name) {
        var a = BookingFixtures.activity(name, ActivityKind.ACCUEIL_SOIR, BookingUnit.SESSION, BookingFixtures.SCHOOL_DAYS, 30, false,
                BookingFixtures.J2_WORKING, BookingFixtures.J2_WORKING);
        return new JooqActivityRepository(db).add(new Activity(0, a.name(), a.kind(), a.unit(), a.weekdays(), a.schoolYear(), a.defaultCapacity(),
                a.waitingList(), a.bookingRule(), a.cancellationRule(), "PERI", "PERI-SOIR", Set.of(), Set.of())).id();
    }

    @Override
    protected long agent() {
        if (agent == 0) agent = BillingRows.account(db, Role.AGENT);
        return agent;
    }
}
