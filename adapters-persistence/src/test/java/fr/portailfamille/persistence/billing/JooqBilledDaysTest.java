package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.BilledDays;
import fr.portailfamille.application.billing.BilledDaysContract;
import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

import java.time.LocalDate;

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
        return new BookingRows(db).child(householdId, firstNames, lastName, LocalDate.of(2020, 5, 1));
    }

    @Override
    protected long newActivity(String name) {
        return new BookingRows(db).activity(name, ActivityKind.ACCUEIL_SOIR, "PERI");
    }

    @Override
    protected long agent() {
        if (agent == 0) agent = BillingRows.account(db, Role.AGENT);
        return agent;
    }
}
