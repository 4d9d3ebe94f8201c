package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {
    private final InMemoryInvoiceRepository repository = new InMemoryInvoiceRepository();
    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private long ids;

    @Override
    protected InvoiceRepository repository() {
        return repository;
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
    protected long newAgent() {
        return ++ids;
    }
}
