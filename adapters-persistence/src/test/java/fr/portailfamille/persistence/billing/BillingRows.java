package fr.portailfamille.persistence.billing;

import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.ManualFamilyQuotients;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.mail.PlainMailComposer;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.town.JooqTownRepository;

import java.time.Clock;
import java.time.Instant;

/** Rows billing rows point at: households and accounts; and the billing ports over the database. */
final class BillingRows {

    private BillingRows() {
    }

    /** The town the invoices are issued by (their header is frozen with its details). */
    static void town(Db db, Clock clock) {
        new JooqTownRepository(db, clock).save(new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00",
                "1 place de la République", "https://portail.example", 168));
    }

    /** The ports the invoicing runs need, on the database (no PDF, no payment service, notifications dropped). */
    static BillingPorts ports(Db db, BillableUsage usage, MailOutbox outbox, Clock clock) {
        var quotients = new JooqQuotientRepository(db);
        return new BillingPorts(new JooqCashOfficeRepository(db), quotients, new ManualFamilyQuotients(quotients), new JooqInvoiceRepository(db),
                new JooqOnlinePaymentRepository(db), usage, null, null, new JooqHouseholdRepository(db), new JooqAccountRepository(db),
                new JooqInvoicedHouseholds(db), (account, kind, title, link) -> { }, outbox, new PlainMailComposer(),
                new CurrentTown(new JooqTownRepository(db, clock)), db, clock, () -> "https://portail.example");
    }

    static long household(Db db) {
        return new JooqHouseholdRepository(db).add(Household.named("DUPONT")).id();
    }

    static long account(Db db, Role role) {
        var accounts = new JooqAccountRepository(db);
        int loginId = accounts.nextLoginId();
        return accounts.add(Account.create(loginId, EmailAddress.parse("compte" + loginId + "@exemple.fr").orElseThrow(), "Roussel", "Paul",
                role, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
