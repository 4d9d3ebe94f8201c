package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.bookings.ActivityKind;

import java.time.LocalDate;

class InMemoryChildcareTaxCertificatesTest extends ChildcareTaxCertificatesContract {

    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryChildcareTaxCertificates certificates = new InMemoryChildcareTaxCertificates(invoices);
    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private long ids;

    @Override
    protected ChildcareTaxCertificates certificates() {
        return certificates;
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
    protected long newChild(long householdId, String firstNames, String lastName, LocalDate birthDate) {
        long id = ++ids;
        certificates.addChild(id, householdId, firstNames + " " + lastName, birthDate);
        return id;
    }

    @Override
    protected void newActivity(String name, ActivityKind kind) {
        certificates.addActivity(name, kind);
    }

    @Override
    protected long newDocument(long householdId) {
        return ++ids;
    }

    @Override
    protected long agent() {
        return 1;
    }
}
