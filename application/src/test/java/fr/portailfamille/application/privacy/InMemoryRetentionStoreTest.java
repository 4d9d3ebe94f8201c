package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class InMemoryRetentionStoreTest extends RetentionStoreContract {

    private final InMemoryRetentionStore store = new InMemoryRetentionStore();

    @Override
    protected RetentionStore store() {
        return store;
    }

    @Override
    protected long household(String name) {
        return store.addHousehold(name, name.toLowerCase() + "@exemple.fr");
    }

    @Override
    protected long childWithSheet(long household, String firstNames) {
        return store.addChildWithSheet(household, firstNames);
    }

    @Override
    protected void enrol(long child, SchoolYear year) {
        store.addEnrolment(child, year);
    }

    @Override
    protected long invoice(long household, LocalDate issuedOn, LocalDate settledOn) {
        return store.addInvoice(household, issuedOn, settledOn);
    }

    @Override
    protected void consentChange(long child, String question, Instant at) {
        store.addConsentChange(child, question, at);
    }

    @Override
    protected int consentChanges(long child) {
        return store.consentChanges(child);
    }

    @Override
    protected long document(long household, String fileName, LocalDate validUntil) {
        return store.addDocument(household, fileName, validUntil);
    }

    @Override
    protected long thread(long household, String subject, Instant lastMessageAt) {
        return store.addThread(household, subject, lastMessageAt);
    }

    @Override
    protected long demarche(long household, Instant updatedAt) {
        return store.addDemarche(household, "Demande de quotient familial", updatedAt);
    }

    @Override
    protected int auditLine(long household, long child, Instant at) {
        store.addAuditLine(at);
        return 1;
    }

    @Override
    protected boolean hasHealthSheet(long child) {
        return store.hasHealthSheet(child);
    }

    @Override
    protected String householdName(long household) {
        return store.householdName(household);
    }

    @Override
    protected List<String> personalTexts(long household) {
        return store.personalTexts(household);
    }

    @Override
    protected int invoices(long household) {
        return store.invoices(household);
    }
}
