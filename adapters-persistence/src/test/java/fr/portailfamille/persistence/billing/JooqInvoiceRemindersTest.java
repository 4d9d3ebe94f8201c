package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceReminders;
import fr.portailfamille.application.billing.InvoiceRemindersContract;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqInvoiceRemindersTest extends InvoiceRemindersContract {

    private final Db db = TestDatabase.fresh();

    {
        // the delay is a column of the town's settings: a town is set up before any reminder
        BillingRows.town(db, java.time.Clock.fixed(java.time.Instant.parse("2026-09-01T08:00:00Z"), java.time.ZoneOffset.UTC));
    }

    @Override
    protected InvoiceReminders reminders() {
        return new JooqInvoiceReminders(db);
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
}
