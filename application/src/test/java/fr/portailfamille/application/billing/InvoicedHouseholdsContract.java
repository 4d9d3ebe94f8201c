package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.messaging.port.MailPreferencesRepository;
import fr.portailfamille.application.messaging.port.NotificationRepository;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.messaging.MailPreferences;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link InvoicedHouseholds}: in-memory and jOOQ, over the same households, accounts and mail choices. */
public abstract class InvoicedHouseholdsContract {

    protected abstract InvoicedHouseholds invoiced();

    protected abstract HouseholdRepository households();

    protected abstract AccountRepository accounts();

    protected abstract MailPreferencesRepository preferences();

    protected abstract NotificationRepository notifications();

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private long household(String name, boolean paperless) {
        var h = households().add(Household.named(name));
        if (paperless) households().update(h.withCoordinates(h.postalAddress(), true, h.guardians()));
        return h.id();
    }

    private long account(long household, String first, boolean active) {
        int loginId = accounts().nextLoginId();
        var account = accounts().add(Account.create(loginId, EmailAddress.parse(first.toLowerCase() + loginId + "@exemple.fr").orElseThrow(),
                "Dupont", first, Role.PARENT, T0));
        if (active) accounts().update(((ActivationOutcome.Activated) account.activate("hash", 0, T0)).account());
        households().link(account.id(), household);
        return account.id();
    }

    @Test
    void names_and_paperless_choices_are_read_for_the_given_households_only() {
        long dupont = household("DUPONT", false);
        long martin = household("MARTIN", true);
        household("BERNARD", false);
        assertEquals(Map.of(dupont, "Famille DUPONT", martin, "Famille MARTIN"), invoiced().names(List.of(dupont, martin, 999_999L)));
        assertEquals(Map.of(), invoiced().names(List.of()));
        assertEquals(Set.of(martin), invoiced().paperless(List.of(dupont, martin, 999_999L)));
        assertEquals(Set.of(), invoiced().paperless(List.of()));
    }

    @Test
    void addressees_are_the_names_and_postal_addresses_of_the_given_households_only() {
        long dupont = household("DUPONT", false);
        var moved = households().find(dupont).orElseThrow();
        households().update(moved.withCoordinates("3 rue des Lilas, 91999 Beaulieu-sur-Orge", false, moved.guardians()));
        long martin = household("MARTIN", true);
        household("BERNARD", false);
        assertEquals(Map.of(dupont, new InvoicedHouseholds.Addressee("Famille DUPONT", "3 rue des Lilas, 91999 Beaulieu-sur-Orge"),
                martin, new InvoicedHouseholds.Addressee("Famille MARTIN", "")), invoiced().addressees(List.of(dupont, martin, 999_999L)));
        assertEquals(Map.of(), invoiced().addressees(List.of()));
    }

    @Test
    void recipients_are_the_active_accounts_with_paperless_and_mail_choices() {
        long dupont = household("DUPONT", false);
        long martin = household("MARTIN", true);
        long other = household("BERNARD", false);
        long marie = account(dupont, "Marie", true);
        long paul = account(dupont, "Paul", true);
        account(dupont, "Pending", false);
        long lea = account(martin, "Léa", true);
        account(other, "Autre", true);
        preferences().save(paul, new MailPreferences(EnumSet.of(NotificationKind.NEW_MESSAGE)));
        preferences().save(lea, new MailPreferences(EnumSet.of(NotificationKind.INVOICE_TO_PAY)));

        var recipients = invoiced().recipients(Set.of(martin, dupont));

        assertEquals(List.of(marie, paul, lea), recipients.stream().map(InvoicedHouseholds.Recipient::accountId).toList());
        var first = recipients.getFirst();
        assertEquals(dupont, first.householdId());
        assertEquals(false, first.paperless());
        assertEquals(accounts().find(marie).orElseThrow().email().value(), first.email());
        assertEquals("Marie Dupont", first.displayName());
        assertEquals(List.of(true, false, true), recipients.stream().map(InvoicedHouseholds.Recipient::wantsInvoiceMail).toList());
        assertEquals(List.of(false, false, true), recipients.stream().map(InvoicedHouseholds.Recipient::paperless).toList());
        assertEquals(List.of(), invoiced().recipients(List.of()));
    }

    @Test
    void notifications_are_raised_all_at_once_unread() {
        long dupont = household("DUPONT", false);
        long marie = account(dupont, "Marie", true);
        long paul = account(dupont, "Paul", true);
        var raised = new ArrayList<Notification>();
        for (int i = 0; i < 3; i++) {
            raised.add(Notification.raise(i == 2 ? paul : marie, NotificationKind.INVOICE_TO_PAY, "Facture PERI2610-00000" + (i + 1),
                    "/facturation/factures/PERI2610-00000" + (i + 1), T0.plusSeconds(i)));
        }
        invoiced().raise(raised);
        assertEquals(2, notifications().unreadCount(marie));
        assertEquals(1, notifications().unreadCount(paul));
        var latest = notifications().latest(paul, 10).getFirst();
        assertEquals("Facture PERI2610-000003", latest.title());
        assertEquals("/facturation/factures/PERI2610-000003", latest.link());
        assertEquals(NotificationKind.INVOICE_TO_PAY, latest.kind());
    }
}
