package org.example.saintaubin;

import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.accounts.ActivateAccount;
import fr.portailfamille.application.accounts.CreateAccount;
import fr.portailfamille.application.accounts.FastPasswordHasher;
import fr.portailfamille.application.accounts.InMemoryAccountRepository;
import fr.portailfamille.application.accounts.InMemoryAuditLog;
import fr.portailfamille.application.accounts.InMemorySessionRepository;
import fr.portailfamille.application.accounts.InMemoryTermsAcceptances;
import fr.portailfamille.application.accounts.InMemoryTermsRepository;
import fr.portailfamille.application.accounts.InMemoryThrottleRepository;
import fr.portailfamille.application.accounts.InMemoryTokenRepository;
import fr.portailfamille.application.accounts.Sessions;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.InMemoryCashOfficeRepository;
import fr.portailfamille.application.billing.InMemoryInvoiceRepository;
import fr.portailfamille.application.billing.InMemoryInvoicedHouseholds;
import fr.portailfamille.application.billing.InMemoryOnlinePaymentRepository;
import fr.portailfamille.application.billing.InMemoryQuotientRepository;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.application.billing.ManualFamilyQuotients;
import fr.portailfamille.application.billing.PayOnline;
import fr.portailfamille.application.billing.TextInvoicePdf;
import fr.portailfamille.application.bookings.BookingsPorts;
import fr.portailfamille.application.bookings.DecideEnrolment;
import fr.portailfamille.application.bookings.InMemoryActivityRepository;
import fr.portailfamille.application.bookings.InMemoryEnrolmentRepository;
import fr.portailfamille.application.bookings.InMemorySchoolCalendarRepository;
import fr.portailfamille.application.bookings.InMemorySlotRepository;
import fr.portailfamille.application.bookings.ManageActivities;
import fr.portailfamille.application.bookings.RequestEnrolment;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.application.common.SecureTokenGenerator;
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
import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.mail.InMemoryMailOutbox;
import fr.portailfamille.application.mail.PlainMailComposer;
import fr.portailfamille.application.messaging.InMemoryMailPreferencesRepository;
import fr.portailfamille.application.messaging.InMemoryNotificationRepository;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.application.town.InMemoryTownRepository;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.town.Town;

import java.time.Instant;

/**
 * Saint-Aubin-sur-Loire's composition root: the core's use cases on in-memory stores and the town's own adapters —
 * its post room for mail ({@link PostRoom}), its online cash desk for payments ({@link CashDesk}) and its reading of
 * bookings for billing ({@link BookedDays}). Every object is built once, here; no server, no database, no framework.
 */
public final class SaintAubin {

    public static final Town TOWN = new Town("Saint-Aubin-sur-Loire", null, "famille@saint-aubin.example", "02 41 00 00 00",
            "1 place de l'Église, 49000 Saint-Aubin-sur-Loire", "https://famille.saint-aubin.example", 72);

    public final MutableClock clock;
    public final PostRoom postRoom = new PostRoom();
    public final CashDesk cashDesk;
    /** Every store below is enlisted: a use case that fails leaves them as they were. */
    public final InMemoryTransactions transactions = new InMemoryTransactions();

    public final AccountsPorts accounts;
    public final HouseholdsPorts households;
    public final BookingsPorts bookings;
    public final BillingPorts billing;

    public final DeliverMails deliverMails;
    public final CreateAccount createAccount;
    public final ActivateAccount activateAccount;
    public final OpenDossier openDossier;
    public final EditChild editChild;
    public final UpdateHealthRecord healthRecord;
    public final ManageContacts contacts;
    public final ManageActivities activities;
    public final RequestEnrolment requestEnrolment;
    public final DecideEnrolment decideEnrolment;
    public final SubmitBookings submitBookings;
    public final SaveCashOffice saveCashOffice;
    public final SetTariff setTariff;
    public final OpenInvoicingRun openRun;
    public final ComputeInvoicingRun computeRun;
    public final FinaliseInvoicingRun finaliseRun;
    public final PayOnline payOnline;
    public final Facturation facturation;

    public SaintAubin(Instant now) {
        clock = new MutableClock(now);
        cashDesk = new CashDesk(clock);
        var t = transactions;
        var towns = t.enlist(new InMemoryTownRepository());
        towns.save(TOWN);
        var terms = t.enlist(new InMemoryTermsRepository());
        terms.publish(new TermsOfUse(1, "Conditions d'utilisation", "Le portail famille de Saint-Aubin-sur-Loire.", now));
        var outbox = t.enlist(new InMemoryMailOutbox(clock));
        var composer = new PlainMailComposer();
        var town = new CurrentTown(towns);
        accounts = new AccountsPorts(t.enlist(new InMemoryAccountRepository()), t.enlist(new InMemoryTokenRepository()),
                t.enlist(new InMemorySessionRepository()), t.enlist(new InMemoryThrottleRepository()), t.enlist(new InMemoryAuditLog()),
                terms, t.enlist(new InMemoryTermsAcceptances()), new FastPasswordHasher(), new SecureTokenGenerator(), outbox, composer,
                town, t, clock);
        var householdRepository = t.enlist(new InMemoryHouseholdRepository());
        households = new HouseholdsPorts(householdRepository, t.enlist(new InMemoryDossierCatalogue()), t.enlist(new InMemoryDocumentRepository()),
                t.enlist(new InMemoryDocumentStorage()),
                t.enlist(new fr.portailfamille.application.households.InMemoryTownDocumentRepository()), t.enlist(new InMemoryDossierAudit()), accounts.accounts(), t, clock);
        var preferences = t.enlist(new InMemoryMailPreferencesRepository());
        var notificationRepository = t.enlist(new InMemoryNotificationRepository());
        var notifications = new NotificationCenter(notificationRepository, preferences, accounts.accounts(), outbox, composer, town, t, clock);
        var activityRepository = t.enlist(new InMemoryActivityRepository());
        var slots = t.enlist(new InMemorySlotRepository());
        bookings = new BookingsPorts(activityRepository, t.enlist(new InMemorySchoolCalendarRepository()), slots,
                t.enlist(new InMemoryEnrolmentRepository()), households, notifications, t, clock);
        var cashOffices = t.enlist(new InMemoryCashOfficeRepository());
        var quotients = t.enlist(new InMemoryQuotientRepository());
        var invoices = t.enlist(new InMemoryInvoiceRepository());
        billing = new BillingPorts(cashOffices, quotients, new ManualFamilyQuotients(quotients), invoices,
                t.enlist(new InMemoryOnlinePaymentRepository()), new BookedDays(cashOffices, activityRepository, slots, householdRepository,
                invoices::isBilled),
                new TextInvoicePdf(), cashDesk, householdRepository, accounts.accounts(),
                new InMemoryInvoicedHouseholds(householdRepository, accounts.accounts(), preferences, notificationRepository, raised -> { }),
                notifications, outbox, composer, town, t, clock, TOWN::publicBaseUrl);

        deliverMails = new DeliverMails(outbox, postRoom, t, clock);
        createAccount = new CreateAccount(accounts);
        activateAccount = new ActivateAccount(accounts, new Sessions(accounts));
        openDossier = new OpenDossier(households);
        editChild = new EditChild(households);
        healthRecord = new UpdateHealthRecord(households);
        contacts = new ManageContacts(households);
        activities = new ManageActivities(bookings);
        requestEnrolment = new RequestEnrolment(bookings);
        decideEnrolment = new DecideEnrolment(bookings);
        submitBookings = new SubmitBookings(bookings);
        saveCashOffice = new SaveCashOffice(billing);
        setTariff = new SetTariff(billing);
        openRun = new OpenInvoicingRun(billing);
        computeRun = new ComputeInvoicingRun(billing);
        finaliseRun = new FinaliseInvoicingRun(billing);
        payOnline = new PayOnline(billing);
        facturation = new Facturation(billing);
    }

    /** The town's first agent, set up by its IT department (as the portal's installer does for its administrator). */
    public Actor firstAgent(String lastName, String email, String password) {
        var repository = accounts.accounts();
        var created = repository.add(Account.create(repository.nextLoginId(), EmailAddress.parse(email).orElseThrow(), lastName, "Agent",
                Role.AGENT, clock.instant()));
        var active = ((ActivationOutcome.Activated) created.activate(accounts.hasher().hash(password), 1, clock.instant())).account();
        repository.update(active);
        return Actor.of(active);
    }
}
