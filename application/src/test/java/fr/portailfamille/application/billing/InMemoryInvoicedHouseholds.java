package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.messaging.port.MailPreferencesRepository;
import fr.portailfamille.application.messaging.port.NotificationRepository;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** In memory, over the other in-memory repositories: what the jOOQ adapter reads in one query, read here one by one. */
public final class InMemoryInvoicedHouseholds implements InvoicedHouseholds {

    private final HouseholdRepository households;
    private final AccountRepository accounts;
    private final MailPreferencesRepository preferences;
    private final NotificationRepository notifications;
    private final Consumer<Notification> raised;

    public InMemoryInvoicedHouseholds(HouseholdRepository households, AccountRepository accounts, MailPreferencesRepository preferences,
                                      NotificationRepository notifications, Consumer<Notification> raised) {
        this.households = households;
        this.accounts = accounts;
        this.preferences = preferences;
        this.notifications = notifications;
        this.raised = raised;
    }

    @Override
    public Map<Long, Addressee> addressees(Collection<Long> householdIds) {
        var addressees = new HashMap<Long, Addressee>();
        householdIds.forEach(id -> households.find(id).ifPresent(h -> addressees.put(id, new Addressee(h.name(), h.postalAddress()))));
        return addressees;
    }

    @Override
    public Map<Long, String> names(Collection<Long> householdIds) {
        var names = new HashMap<Long, String>();
        householdIds.forEach(id -> households.find(id).map(Household::name).ifPresent(name -> names.put(id, name)));
        return names;
    }

    @Override
    public java.util.Set<Long> paperless(Collection<Long> householdIds) {
        var paperless = new java.util.HashSet<Long>();
        householdIds.forEach(id -> households.find(id).filter(Household::paperlessInvoices).ifPresent(h -> paperless.add(id)));
        return paperless;
    }

    @Override
    public List<Recipient> recipients(Collection<Long> householdIds) {
        var recipients = new ArrayList<Recipient>();
        householdIds.stream().distinct().sorted().forEach(id -> households.find(id).ifPresent(h -> households.accountsOf(id).stream().sorted()
                .forEach(accountId -> accounts.find(accountId).filter(a -> a.status() == AccountStatus.ACTIVE).ifPresent(a -> recipients.add(
                        new Recipient(id, h.paperlessInvoices(), a.id(), a.email().value(), a.displayName(),
                                preferences.find(a.id()).wantsMail(NotificationKind.INVOICE_TO_PAY)))))));
        return recipients;
    }

    @Override
    public void raise(List<Notification> list) {
        list.forEach(n -> {
            notifications.add(n);
            raised.accept(n);
        });
    }
}
