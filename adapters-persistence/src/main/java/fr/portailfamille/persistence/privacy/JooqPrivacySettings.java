package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.port.PrivacySettings;
import fr.portailfamille.domain.privacy.RetentionPolicy;
import fr.portailfamille.persistence.Db;

import static fr.portailfamille.persistence.schema.Tables.RETENTION_SETTINGS;
import static fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS;

/** The privacy part of the town's one row of settings (the row itself is the town's: without it, nothing is saved). */
public final class JooqPrivacySettings implements PrivacySettings {

    private final Db db;

    public JooqPrivacySettings(Db db) {
        this.db = db;
    }

    @Override
    public String dpoContact() {
        return db.dsl().select(TOWN_SETTINGS.DPO_CONTACT).from(TOWN_SETTINGS).fetchOptional(TOWN_SETTINGS.DPO_CONTACT).orElse("");
    }

    @Override
    public void saveDpoContact(String contact) {
        db.dsl().update(TOWN_SETTINGS).set(TOWN_SETTINGS.DPO_CONTACT, contact == null ? "" : contact.strip()).execute();
    }

    @Override
    public RetentionPolicy retention() {
        return db.dsl().selectFrom(RETENTION_SETTINGS).fetchOptional()
                .map(r -> new RetentionPolicy(r.getHouseholdYears(), r.getDocumentMonths(), r.getMessageYears(), r.getAuditYears(), r.getInvoiceYears()))
                .orElse(RetentionPolicy.defaults());
    }

    @Override
    public void saveRetention(RetentionPolicy p) {
        db.dsl().insertInto(RETENTION_SETTINGS)
                .set(RETENTION_SETTINGS.ID, (short) 1).set(RETENTION_SETTINGS.HOUSEHOLD_YEARS, p.householdYears())
                .set(RETENTION_SETTINGS.DOCUMENT_MONTHS, p.documentMonths()).set(RETENTION_SETTINGS.MESSAGE_YEARS, p.messageYears())
                .set(RETENTION_SETTINGS.AUDIT_YEARS, p.auditYears()).set(RETENTION_SETTINGS.INVOICE_YEARS, p.invoiceYears())
                .onConflict(RETENTION_SETTINGS.ID).doUpdate()
                .set(RETENTION_SETTINGS.HOUSEHOLD_YEARS, p.householdYears()).set(RETENTION_SETTINGS.DOCUMENT_MONTHS, p.documentMonths())
                .set(RETENTION_SETTINGS.MESSAGE_YEARS, p.messageYears()).set(RETENTION_SETTINGS.AUDIT_YEARS, p.auditYears())
                .set(RETENTION_SETTINGS.INVOICE_YEARS, p.invoiceYears())
                .execute();
    }
}
