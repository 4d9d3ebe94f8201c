package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class InMemoryBilledDaysTest extends BilledDaysContract {

    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryBilledDays billedDays = new InMemoryBilledDays(invoices);
    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private long ids;

    @Override
    protected BilledDays billedDays() {
        return billedDays;
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
        return ++ids;
    }

    @Override
    protected long newChild(long householdId, String firstNames, String lastName) {
        long id = ++ids;
        billedDays.nameChild(id, firstNames + " " + lastName);
        return id;
    }

    @Override
    protected long newActivity(String name) {
        long id = ++ids;
        billedDays.nameActivity(id, name);
        return id;
    }

    @Override
    protected long agent() {
        return 1;
    }
}
