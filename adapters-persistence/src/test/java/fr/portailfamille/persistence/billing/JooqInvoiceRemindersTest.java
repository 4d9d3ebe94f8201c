package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.CashOfficeRepository;
import fr.portailfamille.application.billing.InvoiceReminders;
import fr.portailfamille.application.billing.InvoiceRemindersContract;
import fr.portailfamille.application.billing.InvoiceRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqInvoiceRemindersTest extends InvoiceRemindersContract {

    private final Db db = TestDatabase.fresh();

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
