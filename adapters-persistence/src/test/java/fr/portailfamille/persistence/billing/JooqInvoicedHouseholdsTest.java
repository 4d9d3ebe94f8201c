package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.billing.port.InvoicedHouseholds;
import fr.portailfamille.application.billing.InvoicedHouseholdsContract;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.messaging.port.MailPreferencesRepository;
import fr.portailfamille.application.messaging.port.NotificationRepository;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.messaging.JooqMailPreferencesRepository;
import fr.portailfamille.persistence.messaging.JooqNotificationRepository;

class JooqInvoicedHouseholdsTest extends InvoicedHouseholdsContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected InvoicedHouseholds invoiced() {
        return new JooqInvoicedHouseholds(db);
    }

    @Override
    protected HouseholdRepository households() {
        return new JooqHouseholdRepository(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }

    @Override
    protected MailPreferencesRepository preferences() {
        return new JooqMailPreferencesRepository(db);
    }

    @Override
    protected NotificationRepository notifications() {
        return new JooqNotificationRepository(db);
    }
}
