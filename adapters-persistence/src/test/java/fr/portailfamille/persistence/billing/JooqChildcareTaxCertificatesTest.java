package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.CashOfficeRepository;
import fr.portailfamille.application.billing.ChildcareTaxCertificates;
import fr.portailfamille.application.billing.ChildcareTaxCertificatesContract;
import fr.portailfamille.application.billing.InvoiceRepository;
import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.households.JooqDocumentRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

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
        return new JooqHouseholdRepository(db).addChild(new Child(0, householdId, lastName, firstNames, birthDate, "", SchoolLevel.PS)).id();
    }

    @Override
    protected void newActivity(String name, ActivityKind kind) {
        var a = BookingFixtures.activity(name, kind, BookingUnit.SESSION, BookingFixtures.SCHOOL_DAYS, 30, false, BookingFixtures.J2_WORKING,
                BookingFixtures.J2_WORKING);
        new JooqActivityRepository(db).add(new Activity(0, a.name(), a.kind(), a.unit(), a.weekdays(), a.schoolYear(), a.defaultCapacity(),
                a.waitingList(), a.bookingRule(), a.cancellationRule(), "PERI", "PERI-SOIR", Set.of(), Set.of()));
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
