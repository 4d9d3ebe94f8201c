package fr.portailfamille.application.bookings;

import fr.portailfamille.application.accounts.InMemoryAccountsPorts;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.households.InMemoryDocumentRepository;
import fr.portailfamille.application.households.InMemoryDocumentStorage;
import fr.portailfamille.application.households.InMemoryDossierAudit;
import fr.portailfamille.application.households.InMemoryDossierCatalogue;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.application.messaging.InMemoryMailPreferencesRepository;
import fr.portailfamille.application.messaging.InMemoryNotificationRepository;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Vaccine;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Set;

/**
 * The booking use cases' ports in memory, with the school calendar 2026-2027 and a town that asks for no consent and
 * no justificatif (a child is complete with its health sheet and an emergency contact). The clock shows Monday
 * 23 November 2026, 10 h in Paris.
 */
public final class InMemoryBookingsPorts {

    public static final Instant MONDAY_23_NOVEMBER = Instant.parse("2026-11-23T09:00:00Z");

    public final InMemoryAccountsPorts accounts = new InMemoryAccountsPorts();
    public final InMemoryNotificationRepository notificationRepository = new InMemoryNotificationRepository();
    public final NotificationCenter notifications;
    public final HouseholdsPorts households;
    public final InMemorySlotRepository slots = new InMemorySlotRepository();
    public final BookingsPorts ports;

    public InMemoryBookingsPorts() {
        accounts.clock.advance(Duration.between(accounts.clock.instant(), MONDAY_23_NOVEMBER));
        var t = accounts.transactions;
        notifications = new NotificationCenter(t.enlist(notificationRepository), t.enlist(new InMemoryMailPreferencesRepository()),
                accounts.ports.accounts(), accounts.outbox, accounts.ports.composer(), accounts.ports.town(), t, accounts.clock);
        households = new HouseholdsPorts(t.enlist(new InMemoryHouseholdRepository()), t.enlist(new InMemoryDossierCatalogue()),
                t.enlist(new InMemoryDocumentRepository()), t.enlist(new InMemoryDocumentStorage()),
                t.enlist(new fr.portailfamille.application.households.InMemoryTownDocumentRepository()), t.enlist(new InMemoryDossierAudit()),
                accounts.ports.accounts(), t, accounts.clock);
        ports = new BookingsPorts(t.enlist(new InMemoryActivityRepository()), t.enlist(new InMemorySchoolCalendarRepository()), t.enlist(slots),
                t.enlist(new InMemoryEnrolmentRepository()), households, notifications, t, accounts.clock);
        ports.calendars().save(BookingFixtures.calendar());
    }

    /** An active account of this role. */
    public Actor account(String name, String email, Role role) {
        var repo = accounts.ports.accounts();
        var created = repo.add(Account.create(repo.nextLoginId(), EmailAddress.parse(email).orElseThrow(), name, "X", role, accounts.clock.instant()));
        var active = ((ActivationOutcome.Activated) created.activate("hash", 1, accounts.clock.instant())).account();
        repo.update(active);
        return Actor.of(active);
    }

    /** A child of the parent's household, with a complete dossier when asked. */
    public long child(Actor parent, String firstNames, boolean complete) {
        long household = new OpenDossier(households).householdOf(parent);
        long id = ((EditChild.Result.Saved) new EditChild(households).save(parent, household, null,
                new EditChild.Command("Dupont", firstNames, "2018-03-14", "", "CE1"))).child().id();
        if (complete) {
            var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
            vaccines.put(Vaccine.DTP, "2019-03-01");
            require(new UpdateHealthRecord(households).save(parent, household, id, new UpdateHealthRecord.Command("Dr Martin", "01 23 45 67 89",
                    "non", "", "", "", Set.of(), "UNKNOWN", vaccines)).isEmpty());
            require(new ManageContacts(households).add(parent, household, id,
                    new ManageContacts.Command("Josette Dupont", "Grand-mère", "06 11 22 33 44", true, true)).isEmpty());
        }
        return id;
    }

    private static void require(boolean ok) {
        if (!ok) throw new IllegalStateException("test dossier refused");
    }
}
