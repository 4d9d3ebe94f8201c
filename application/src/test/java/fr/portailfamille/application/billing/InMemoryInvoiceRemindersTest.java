package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class InMemoryInvoiceRemindersTest extends InvoiceRemindersContract {

    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryInvoiceReminders reminders = new InMemoryInvoiceReminders(invoices);
    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private long households;

    @Override
    protected InvoiceReminders reminders() {
        return reminders;
    }

    @Override
    protected InvoiceRepository invoices() {
        return invoices;
    }

    @Override
    protected CashOfficeRepository cashOffices() {
        return cashOffices;
    }

    @Override
    protected long newHousehold() {
        return ++households;
    }
}
