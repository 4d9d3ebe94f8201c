package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.ChildcareTaxCertificates;
import fr.portailfamille.application.billing.ChildcareTaxCertificatesContract;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqDocumentRepository;

import java.time.Instant;
import java.time.LocalDate;

class JooqChildcareTaxCertificatesTest extends ChildcareTaxCertificatesContract {

    private final Db db = TestDatabase.fresh();
    private long agent;

    @Override
    protected ChildcareTaxCertificates certificates() {
        return new JooqChildcareTaxCertificates(db);
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
    protected long newChild(long householdId, String firstNames, String lastName, LocalDate birthDate) {
        return new BookingRows(db).child(householdId, firstNames, lastName, birthDate);
    }

    @Override
    protected void newActivity(String name, ActivityKind kind) {
        new BookingRows(db).activity(name, kind, "PERI");
    }

    @Override
    protected long newDocument(long householdId) {
        return new JooqDocumentRepository(db).add(SupportingDocument.producedByTown(householdId, "ATTESTATION_FISCALE", "attestation.pdf", FileType.PDF, 10,
                "0".repeat(64), Instant.parse("2027-01-10T09:00:00Z"), agent())).id();
    }

    @Override
    protected long agent() {
        if (agent == 0) agent = BillingRows.account(db, Role.AGENT);
        return agent;
    }
}
