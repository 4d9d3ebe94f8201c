package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
class InMemoryOnlinePaymentRepositoryTest extends OnlinePaymentRepositoryContract {
    private final InMemoryOnlinePaymentRepository repository = new InMemoryOnlinePaymentRepository();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private long ids;

    @Override
    protected OnlinePaymentRepository repository() {
        return repository;
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
    protected long newAccount() {
        return ++ids;
    }
}
