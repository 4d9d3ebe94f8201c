package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.RetentionStore;
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
    protected void invoice(long household, LocalDate settledOn) {
        if (cashOffice == 0) {
            cashOffice = db.dsl().fetchSingle("INSERT INTO cash_office (name, payfip_client_number, invoice_prefix, number_template) "
                    + "VALUES ('Régie', '012345', 'PERI', '{prefix}{yy}{mm}-{seq}') RETURNING id").get(0, Long.class);
        }
        int n = ++invoiceCount;
        boolean paid = settledOn != null;
        db.dsl().execute("""
                        INSERT INTO invoice (number, cash_office_id, sequence_year, sequence, household_id, month, issued_on, due_on, status, total_cents,
                                             paid_method, paid_amount_cents, paid_at)
                        VALUES (?, ?, 2026, ?, ?, DATE '2026-06-01', DATE '2026-07-01', DATE '2026-07-31', ?, 1250, ?, ?::bigint, ?::timestamptz)""",
                "PERI-" + n, cashOffice, n, household, paid ? "PAID" : "TO_PAY", paid ? "CASH" : null, paid ? 1250L : null,
                paid ? settledOn.atTime(10, 0).atOffset(ZoneOffset.UTC) : null);
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
    protected void auditLine(long household, long child, Instant at) {
        new JooqAuditTrail(db).record(List.of(new AuditEvent(household, 1, at, AuditEvent.Kind.BOOKED, "Léa – Accueil du soir", "")));
        new JooqHealthSheetReads(db).record(new HealthSheetRead(household, child, 1, at, HealthSheetRead.Kind.OPENED, "/agent/foyers"));
        new fr.portailfamille.persistence.households.JooqDossierAudit(db)
                .record(new fr.portailfamille.domain.households.DossierChange(household, child, 1, at, "Fiche sanitaire", "", "Dr Martin"));
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
}
