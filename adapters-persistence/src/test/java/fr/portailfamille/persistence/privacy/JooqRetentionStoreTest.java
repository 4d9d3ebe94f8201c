package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.port.RetentionStore;
import fr.portailfamille.application.privacy.RetentionStoreContract;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Guardian;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.Vaccine;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.domain.privacy.HealthSheetRead;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JooqRetentionStoreTest extends RetentionStoreContract {

    private final Db db = TestDatabase.fresh();
    private final JooqHouseholdRepository households = new JooqHouseholdRepository(db);
    private final JooqAccountRepository accounts = new JooqAccountRepository(db);
    private long cashOffice;
    private long activity;
    private long form;
    private int invoiceCount;
    private final java.util.Map<Long, Long> accountOf = new java.util.HashMap<>();

    @Override
    protected RetentionStore store() {
        return new JooqRetentionStore(db);
    }

    @Override
    protected long household(String name) {
        var stored = households.add(new Household(0, name, "3 rue des Lilas", false,
                List.of(new Guardian(name, "Marie", "Mère", name.toLowerCase() + "@exemple.fr", "06 12 34 56 78", ""))));
        var account = accounts.add(Account.create(accounts.nextLoginId(), new EmailAddress(name.toLowerCase() + "@exemple.fr"), name, "Marie",
                Role.PARENT, T0));
        households.link(account.id(), stored.id());
        accountOf.put(stored.id(), account.id());
        return stored.id();
    }

    @Override
    protected long childWithSheet(long household, String firstNames) {
        long id = households.addChild(new Child(0, household, "Famille", firstNames, LocalDate.of(2018, 3, 14), "Jules Ferry", null)).id();
        var vaccines = new EnumMap<Vaccine, LocalDate>(Vaccine.class);
        vaccines.put(Vaccine.DTP, LocalDate.of(2019, 3, 1));
        households.saveHealthRecord(new HealthRecord(id, "Dr Martin", "01 23 45 67 89", true, "Pénicilline", "", "", Set.of(), null, vaccines));
        return id;
    }

    @Override
    protected void enrol(long child, SchoolYear year) {
        if (activity == 0) {
            activity = db.dsl().fetchSingle("""
                    INSERT INTO activity (start_year, name, kind, unit, weekdays, default_capacity, waiting_list, booking_rule, cancellation_rule,
                                          cash_office_id, price_category)
                    VALUES (2026, 'Accueil du soir', 'ACCUEIL_SOIR', 'SESSION', '{1,2,4,5}', 30, true, 'J-2', 'J-2', 'PERI', 'SOIR') RETURNING id""")
                    .get(0, Long.class);
        }
        db.dsl().execute("INSERT INTO enrolment (child_id, activity_id, start_year, status, requested_at, decided_at) VALUES (?, ?, ?, 'ACCEPTED', ?::timestamptz, ?::timestamptz)",
                child, activity, year.startYear(), T0.atOffset(ZoneOffset.UTC), T0.atOffset(ZoneOffset.UTC));
    }

    @Override
    protected long invoice(long household, LocalDate issuedOn, LocalDate settledOn) {
        if (cashOffice == 0) {
            cashOffice = db.dsl().fetchSingle("INSERT INTO cash_office (name, payfip_client_number, invoice_prefix, number_template) "
                    + "VALUES ('Régie', '012345', 'PERI', '{prefix}{yy}{mm}-{seq}') RETURNING id").get(0, Long.class);
        }
        int n = ++invoiceCount;
        boolean paid = settledOn != null;
        return db.dsl().fetchSingle("""
                        INSERT INTO invoice (number, cash_office_id, sequence_year, sequence, household_id, month, issued_on, due_on, status, total_cents,
                                             paid_method, paid_amount_cents, paid_at)
                        VALUES (?, ?, ?, ?, ?, ?::date, ?::date, ?::date, ?, 1250, ?, ?::bigint, ?::timestamptz) RETURNING id""",
                "PERI-" + n, cashOffice, issuedOn.getYear(), n, household, issuedOn.minusMonths(1).withDayOfMonth(1), issuedOn, issuedOn.plusDays(30),
                paid ? "PAID" : "TO_PAY", paid ? "CASH" : null, paid ? 1250L : null,
                paid ? settledOn.atTime(10, 0).atOffset(ZoneOffset.UTC) : null).get(0, Long.class);
    }

    @Override
    protected long document(long household, String fileName, LocalDate validUntil) {
        return db.dsl().fetchSingle("""
                        INSERT INTO supporting_document (household_id, type_code, file_name, file_type, size, sha256, sent_at, sent_by, valid_until, status)
                        VALUES (?, 'justificatif-domicile', ?, 'PDF', 10, ?, ?::timestamptz, 1, ?::date, 'PENDING') RETURNING id""",
                household, fileName, "0".repeat(64), T0.atOffset(ZoneOffset.UTC), validUntil).get(0, Long.class);
    }

    @Override
    protected long thread(long household, String subject, Instant lastMessageAt) {
        return db.dsl().fetchSingle("""
                        INSERT INTO message_thread (household_id, service, subject, created_at, last_message_at, unread_by_family, unread_by_town)
                        VALUES (?, 'SCOLAIRE', ?, ?::timestamptz, ?::timestamptz, false, false) RETURNING id""",
                household, subject, lastMessageAt.atOffset(ZoneOffset.UTC), lastMessageAt.atOffset(ZoneOffset.UTC)).get(0, Long.class);
    }

    @Override
    protected long demarche(long household, Instant updatedAt) {
        if (form == 0) {
            form = db.dsl().fetchSingle("INSERT INTO demarche_form (title, definition) VALUES ('Demande de quotient familial', '') RETURNING id")
                    .get(0, Long.class);
        }
        return db.dsl().fetchSingle("INSERT INTO demarche (form_id, household_id, status, created_at, updated_at) VALUES (?, ?, 'SUBMITTED', ?::timestamptz, ?::timestamptz) RETURNING id",
                form, household, updatedAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC)).get(0, Long.class);
    }

    @Override
    protected int auditLine(long household, long child, Instant at) {
        new JooqAuditTrail(db).record(List.of(new AuditEvent(household, 1, at, AuditEvent.Kind.BOOKED, "Léa – Accueil du soir", "")));
        new JooqHealthSheetReads(db).record(new HealthSheetRead(household, child, 1, at, HealthSheetRead.Kind.OPENED, "/agent/foyers"));
        new fr.portailfamille.persistence.households.JooqDossierAudit(db)
                .record(new fr.portailfamille.domain.households.DossierChange(household, child, 1, at, "Fiche sanitaire", "", "Dr Martin"));
        // the accounts' journal (sign-ins, account changes)
        db.dsl().execute("INSERT INTO audit_event (type, actor_account_id, subject_account_id, at) VALUES ('LOGIN_SUCCEEDED', ?, ?, ?::timestamptz)",
                accountOf.get(household), accountOf.get(household), at.atOffset(ZoneOffset.UTC));
        return 4;
    }

    @Override
    protected void consentChange(long child, String question, Instant at) {
        db.dsl().execute("INSERT INTO consent_change (child_id, question_code, version, granted, changed_at, changed_by) VALUES (?, ?, 1, true, ?::timestamptz, 1)",
                child, question, at.atOffset(ZoneOffset.UTC));
    }

    @Override
    protected int consentChanges(long child) {
        return db.dsl().fetchSingle("SELECT count(*) FROM consent_change WHERE child_id = ?", child).get(0, Integer.class);
    }

    @Override
    protected boolean hasHealthSheet(long child) {
        return households.healthRecord(child).isPresent()
                || db.dsl().fetchSingle("SELECT count(*) FROM vaccination WHERE child_id = ?", child).get(0, Integer.class) > 0;
    }

    @Override
    protected String householdName(long household) {
        return households.find(household).orElseThrow().name();
    }

    @Override
    protected List<String> personalTexts(long household) {
        var texts = new ArrayList<String>();
        var h = households.find(household).orElseThrow();
        texts.add(h.name());
        texts.add(h.postalAddress());
        h.guardians().forEach(g -> texts.add(g.displayName() + " " + g.email()));
        households.children(household).forEach(c -> texts.add(c.firstNames() + " " + c.lastName()));
        households.children(household).forEach(c -> households.contacts(c.id()).forEach(p -> texts.add(p.name())));
        // the accounts it had, linked or not any more
        texts.addAll(db.dsl().fetch("SELECT email || ' ' || last_name || ' ' || first_names FROM account WHERE id = ?", accountOf.get(household))
                .map(r -> r.get(0, String.class)));
        return texts;
    }

    @Override
    protected int invoices(long household) {
        return db.dsl().fetchSingle("SELECT count(*) FROM invoice WHERE household_id = ?", household).get(0, Integer.class);
    }

    private int count(String sql, Object... values) {
        return db.dsl().fetchSingle(sql, values).get(0, Integer.class);
    }

    private long payment(long household, String email, long... invoices) {
        long id = db.dsl().fetchSingle("""
                        INSERT INTO payment (cash_office_id, household_id, account_id, amount_cents, state, created_at, payer_email)
                        VALUES (?, ?, ?, 1250, 'PAID', ?::timestamptz, ?) RETURNING id""",
                cashOffice, household, accountOf.get(household), T0.atOffset(ZoneOffset.UTC), email).get(0, Long.class);
        for (long invoice : invoices) db.dsl().execute("INSERT INTO payment_invoice (payment_id, invoice_id) VALUES (?, ?)", id, invoice);
        return id;
    }

    @org.junit.jupiter.api.Test
    void an_invoice_past_its_duration_goes_with_its_lines_credit_notes_desk_payments_reminders_and_the_attempts_that_paid_only_it() {
        long dupont = household("DUPONT");
        long old = invoice(dupont, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 20));
        long kept = invoice(dupont, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 20));
        long account = accountOf.get(dupont);
        db.dsl().execute("INSERT INTO invoice_line (invoice_id, position, prestation, child_name, quantity, unit_price_cents) VALUES (?, 1, 'Cantine', 'Léa', 1, 1250)", old);
        db.dsl().execute("INSERT INTO invoice_reminder (invoice_id, sent_on) VALUES (?, DATE '2016-03-15')", old);
        db.dsl().execute("INSERT INTO billed_day (invoice_id, child_id, activity_id, day) VALUES (?, 1, 1, DATE '2016-02-03')", old);
        db.dsl().execute("""
                INSERT INTO desk_payment (invoice_id, method, amount_cents, received_at, recorded_by, recorded_at)
                VALUES (?, 'CASH', 100, ?::timestamptz, ?, ?::timestamptz)""", old, T0.atOffset(ZoneOffset.UTC), account, T0.atOffset(ZoneOffset.UTC));
        long note = db.dsl().fetchSingle("""
                        INSERT INTO credit_note (number, invoice_id, cash_office_id, sequence_year, sequence, household_id, month, issued_on, reason, issued_by, issued_at)
                        VALUES ('AV-1', ?, ?, 2016, 99, ?, DATE '2016-02-01', DATE '2016-03-10', 'Erreur', ?, ?::timestamptz) RETURNING id""",
                old, cashOffice, dupont, account, T0.atOffset(ZoneOffset.UTC)).get(0, Long.class);
        db.dsl().execute("INSERT INTO credit_note_line (credit_note_id, position, prestation, child_name, quantity, unit_price_cents) VALUES (?, 1, 'Cantine', 'Léa', 1, -100)", note);
        long alone = payment(dupont, "dupont@exemple.fr", old);
        long shared = payment(dupont, "dupont@exemple.fr", old, kept);

        store().deleteInvoices(store().settledInvoicesIssuedBefore(LocalDate.of(2016, 12, 5)).stream().map(RetentionStore.Item::id).toList());
        assertEquals(List.of(kept), db.dsl().fetch("SELECT id FROM invoice WHERE household_id = ?", dupont).map(r -> r.get(0, Long.class)));
        for (String table : List.of("invoice_line", "invoice_reminder", "billed_day", "desk_payment", "credit_note", "payment_invoice")) {
            assertEquals(0, count("SELECT count(*) FROM " + table + " WHERE invoice_id = ?", old), table);
        }
        assertEquals(0, count("SELECT count(*) FROM credit_note_line WHERE credit_note_id = ?", note));
        assertEquals(0, count("SELECT count(*) FROM payment WHERE id = ?", alone), "the attempt that paid only the old invoice");
        assertEquals(1, count("SELECT count(*) FROM payment_invoice WHERE payment_id = ? AND invoice_id = ?", shared, kept),
                "an attempt that also paid a kept invoice stays with it");
    }

    @org.junit.jupiter.api.Test
    void an_anonymised_household_keeps_its_invoices_and_their_online_payments_without_the_payers_mail() {
        long dupont = household("DUPONT");
        long invoice = invoice(dupont, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20));
        long payment = payment(dupont, "dupont@exemple.fr", invoice);
        store().markLeft(dupont, LocalDate.of(2026, 7, 31));
        store().anonymise(dupont, T0);
        assertEquals(1, count("SELECT count(*) FROM invoice WHERE id = ?", invoice));
        assertEquals(1, count("SELECT count(*) FROM payment_invoice WHERE payment_id = ?", payment));
        assertEquals(0, count("SELECT count(*) FROM payment WHERE payer_email IS NOT NULL AND household_id = ?", dupont));
        assertEquals(0, count("SELECT count(*) FROM guardian WHERE household_id = ?", dupont));
    }

    @org.junit.jupiter.api.Test
    void the_town_documents_addressed_to_an_anonymised_household_go_with_it_and_those_to_every_family_stay() {
        var towns = new fr.portailfamille.persistence.households.JooqTownDocumentRepository(db);
        long dupont = household("DUPONT");
        long martin = household("MARTIN");
        var toAll = towns.publish(fr.portailfamille.domain.households.TownDocument.published("Guide", 3, "ab".repeat(32), T0, 1, null), new byte[] {1, 2, 3});
        var toDupont = towns.publish(fr.portailfamille.domain.households.TownDocument.published("Attestation Dupont", 3, "ab".repeat(32), T0, 1, dupont),
                new byte[] {4, 5, 6});
        var toMartin = towns.publish(fr.portailfamille.domain.households.TownDocument.published("Attestation Martin", 3, "ab".repeat(32), T0, 1, martin),
                new byte[] {7, 8, 9});

        store().anonymise(dupont, T0);
        assertEquals(List.of(toAll), towns.readableBy(dupont));
        assertEquals(java.util.Optional.empty(), towns.content(toDupont.id()));
        assertEquals(List.of(toMartin, toAll), towns.readableBy(martin));
    }
}
