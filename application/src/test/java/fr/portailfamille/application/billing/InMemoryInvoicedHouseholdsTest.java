package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.application.messaging.InMemoryMailPreferencesRepository;
import fr.portailfamille.application.messaging.InMemoryNotificationRepository;
import fr.portailfamille.application.messaging.port.MailPreferencesRepository;
import fr.portailfamille.application.messaging.port.NotificationRepository;

class InMemoryInvoicedHouseholdsTest extends InvoicedHouseholdsContract {

    private final InMemoryHouseholdsPorts dossier = new InMemoryHouseholdsPorts();
    private final MailPreferencesRepository preferences = new InMemoryMailPreferencesRepository();
    private final NotificationRepository notifications = new InMemoryNotificationRepository();
    private final InvoicedHouseholds invoiced = new InMemoryInvoicedHouseholds(dossier.ports.households(), dossier.accounts.ports.accounts(),
            preferences, notifications, n -> { });

    @Override
    protected InvoicedHouseholds invoiced() {
        return invoiced;
    }

    @Override
    protected HouseholdRepository households() {
        return dossier.ports.households();
    }

    @Override
    protected AccountRepository accounts() {
        return dossier.accounts.ports.accounts();
    }

    @Override
    protected MailPreferencesRepository preferences() {
        return preferences;
    }

    @Override
    protected NotificationRepository notifications() {
        return notifications;
    }
}
