package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.accounts.ActivateAccount;
import fr.portailfamille.application.accounts.CreateAccount;
import fr.portailfamille.application.accounts.MyAccount;
import fr.portailfamille.application.accounts.PasswordReset;
import fr.portailfamille.application.accounts.PurgeExpiredAccounts;
import fr.portailfamille.application.accounts.ResendActivation;
import fr.portailfamille.application.accounts.Sessions;
import fr.portailfamille.application.accounts.SignIn;
import fr.portailfamille.application.accounts.StaffAccounts;
import fr.portailfamille.application.accounts.TermsOfUseUseCases;
import fr.portailfamille.application.bookings.ApplyTypicalWeek;
import fr.portailfamille.application.bookings.BookingsPorts;
import fr.portailfamille.application.bookings.CalendarFeed;
import fr.portailfamille.application.bookings.DecideAbsence;
import fr.portailfamille.application.bookings.DecideEnrolment;
import fr.portailfamille.application.bookings.DeclareAbsence;
import fr.portailfamille.application.bookings.KeepRegister;
import fr.portailfamille.application.bookings.ManageActivities;
import fr.portailfamille.application.bookings.ManageSchoolCalendar;
import fr.portailfamille.application.bookings.ManageSlots;
import fr.portailfamille.application.bookings.RequestEnrolment;
import fr.portailfamille.application.bookings.ShowCalendar;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.SecureTokenGenerator;
import fr.portailfamille.application.households.AnswerConsents;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.ReadDocuments;
import fr.portailfamille.application.households.ReviewDocuments;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.application.households.StaffHouseholds;
import fr.portailfamille.application.households.TownConsents;
import fr.portailfamille.application.households.UpdateCoordinates;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.application.demarches.AskForDemarche;
import fr.portailfamille.application.demarches.DecideDemarche;
import fr.portailfamille.application.demarches.DefineDemarcheForm;
import fr.portailfamille.application.demarches.DemarchePorts;
import fr.portailfamille.application.demarches.ReadDemarcheForms;
import fr.portailfamille.application.demarches.ReadDemarcheQueue;
import fr.portailfamille.application.demarches.ReadDemarches;
import fr.portailfamille.application.demarches.SaveDemarcheDraft;
import fr.portailfamille.application.demarches.StartDemarche;
import fr.portailfamille.application.demarches.SubmitDemarche;
import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.messaging.HandleThread;
import fr.portailfamille.application.messaging.MessagingPorts;
import fr.portailfamille.application.messaging.OpenConversation;
import fr.portailfamille.application.messaging.ReadFamilyThreads;
import fr.portailfamille.application.messaging.ReadInbox;
import fr.portailfamille.application.messaging.ReplyInThread;
import fr.portailfamille.application.messaging.SendGroupMessage;
import fr.portailfamille.application.messaging.WriteToHousehold;
import fr.portailfamille.application.messaging.WriteToTown;
import fr.portailfamille.application.messaging.NewsDesk;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.mail.MailTransport;
import fr.portailfamille.application.mail.ReadOutbox;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.bootstrap.security.Argon2idPasswordHasher;
import fr.portailfamille.mail.FreemarkerMailComposer;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.demarches.JooqDemarcheRepository;
import fr.portailfamille.persistence.accounts.JooqAuditLog;
import fr.portailfamille.persistence.accounts.JooqSessionRepository;
import fr.portailfamille.persistence.accounts.JooqTermsAcceptances;
import fr.portailfamille.persistence.accounts.JooqTermsRepository;
import fr.portailfamille.persistence.accounts.JooqThrottleRepository;
import fr.portailfamille.persistence.accounts.JooqTokenRepository;
import fr.portailfamille.persistence.bookings.JooqAbsenceRepository;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.bookings.JooqAttendanceRepository;
import fr.portailfamille.persistence.bookings.JooqCalendarFeedRepository;
import fr.portailfamille.persistence.bookings.JooqEnrolmentRepository;
import fr.portailfamille.persistence.bookings.JooqSchoolCalendarRepository;
import fr.portailfamille.persistence.bookings.JooqSlotRepository;
import fr.portailfamille.persistence.households.JooqDocumentRepository;
import fr.portailfamille.persistence.households.JooqDocumentStorage;
import fr.portailfamille.persistence.households.JooqDossierAudit;
import fr.portailfamille.persistence.households.JooqDossierCatalogue;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import fr.portailfamille.persistence.messaging.JooqMailPreferencesRepository;
import fr.portailfamille.persistence.messaging.JooqNewsRepository;
import fr.portailfamille.persistence.messaging.JooqNotificationRepository;
import fr.portailfamille.persistence.messaging.JooqRecipients;
import fr.portailfamille.persistence.messaging.JooqThreadRepository;
import fr.portailfamille.persistence.town.JooqTownRepository;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.accounts.AccountPages;
import fr.portailfamille.web.accounts.SessionCookie;
import fr.portailfamille.web.accounts.StaffPages;
import fr.portailfamille.web.demarches.DemarchePages;
import fr.portailfamille.web.bookings.AbsencePages;
import fr.portailfamille.web.bookings.AttendancePages;
import fr.portailfamille.web.bookings.CalendarFeedPages;
import fr.portailfamille.web.bookings.PlanningPages;
import fr.portailfamille.web.bookings.StaffBookingPages;
import fr.portailfamille.web.households.DossierPages;
import fr.portailfamille.web.households.StaffDossierPages;
import fr.portailfamille.web.info.InfoPages;
import fr.portailfamille.web.info.ParentDashboard;
import fr.portailfamille.web.info.StaffDashboard;
import fr.portailfamille.application.workload.ShowStaffHome;
import fr.portailfamille.persistence.workload.JooqWorkloadQueries;
import fr.portailfamille.web.mail.DevMailboxPages;
import fr.portailfamille.web.messaging.MessagingPages;
import fr.portailfamille.web.messaging.NewsPages;
import fr.portailfamille.web.messaging.NotificationPages;
import fr.portailfamille.application.billing.BillableUsage;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.InvoiceDocuments;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.DeleteDraftRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.PrintPaperInvoices;
import fr.portailfamille.application.billing.ReadInvoicingRuns;
import fr.portailfamille.application.billing.ReadStaffInvoices;
import fr.portailfamille.application.billing.RecordDeskPayment;
import fr.portailfamille.application.billing.IssueCreditNote;
import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.application.billing.ManualFamilyQuotients;
import fr.portailfamille.application.billing.ReadCashOffices;
import fr.portailfamille.application.billing.ReadQuotients;
import fr.portailfamille.application.billing.RecordQuotient;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.application.billing.PayOnline;
import fr.portailfamille.application.billing.PaymentLedgerCheck;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.payment.PaymentGateway;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.payment.payfip.PayfipGateway;
import fr.portailfamille.payment.payfip.PayfipSettings;
import fr.portailfamille.payment.payfip.PayfipSimulator;
import fr.portailfamille.persistence.billing.JooqBillableUsage;
import fr.portailfamille.persistence.billing.JooqCashOfficeRepository;
import fr.portailfamille.persistence.billing.JooqInvoiceRepository;
import fr.portailfamille.persistence.billing.JooqInvoicedHouseholds;
import fr.portailfamille.persistence.billing.JooqOnlinePaymentRepository;
import fr.portailfamille.persistence.billing.JooqQuotientRepository;
import fr.portailfamille.web.billing.BillingPages;
import fr.portailfamille.web.billing.HtmlInvoicePdf;
import fr.portailfamille.web.billing.CashOfficePages;
import fr.portailfamille.web.billing.InvoicingRunPages;
import fr.portailfamille.web.billing.StaffInvoicePages;
import fr.portailfamille.web.billing.StaffQuotientPages;
import fr.portailfamille.application.privacy.ExportHouseholdData;
import fr.portailfamille.application.privacy.HealthSheetConsultations;
import fr.portailfamille.application.privacy.DataRetention;
import fr.portailfamille.application.privacy.HouseholdJournal;
import fr.portailfamille.persistence.privacy.JooqRetentionStore;
import fr.portailfamille.persistence.privacy.JooqAuditTrail;
import fr.portailfamille.persistence.privacy.JooqHealthSheetReads;
import fr.portailfamille.persistence.privacy.JooqPrivacySettings;
import fr.portailfamille.web.privacy.PrivacyPages;
import io.helidon.webserver.WebServer;
import fr.portailfamille.application.accounts.FranceConnectSignIn;
import fr.portailfamille.application.billing.LookUpQuotient;
import fr.portailfamille.application.billing.QuotientLookup;
import fr.portailfamille.apiparticulier.ApiParticulierQuotients;
import fr.portailfamille.apiparticulier.ApiParticulierSettings;
import fr.portailfamille.apiparticulier.ApiParticulierSimulator;
import fr.portailfamille.web.billing.QuotientLookupPages;
import fr.portailfamille.application.accounts.IdentityProvider;
import fr.portailfamille.franceconnect.FranceConnectClient;
import fr.portailfamille.franceconnect.FranceConnectSettings;
import fr.portailfamille.franceconnect.FranceConnectSimulator;
import fr.portailfamille.persistence.accounts.JooqFranceConnectAttempts;
import fr.portailfamille.persistence.accounts.JooqFranceConnectLinks;
import fr.portailfamille.web.accounts.FranceConnectPages;
import java.util.Optional;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

// Long because: the composition root wires every area by hand; to be split into one composition root per area (issue 25).
/** The portal wired by hand: adapters into ports, use cases into pages, plus the scheduled jobs. */
public final class Portal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Portal.class.getName());

    private static final java.time.format.DateTimeFormatter FRENCH_DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WebServer server;
    private final PortalWeb web;
    private final ScheduledExecutorService jobs;
    private final PayfipSimulator simulator;
    private final Connect connect;
    private final Quotients quotients;
    private final Db db;

    private Portal(WebServer server, PortalWeb web, ScheduledExecutorService jobs, PayfipSimulator simulator, Connect connect, Quotients quotients,
                   Db db) {
        this.db = db;
        this.quotients = quotients;
        this.connect = connect;
        this.server = server;
        this.web = web;
        this.jobs = jobs;
        this.simulator = simulator;
    }

    /**
     * The payment service: in demo mode the PayFiP simulator (on PAYFIP_SIMULATOR_PORT, else a free port) knowing the
     * demo régie 012345, so a newcomer can pay a demo invoice end to end; otherwise PayFiP from the environment.
     */
    record Payment(PaymentGateway gateway, URI page, PayfipSimulator simulator) {
        static Payment of(PortalConfig config, Clock clock) {
            if (config.demo()) {
                int port = config.settings().get("PAYFIP_SIMULATOR_PORT").map(Integer::parseInt).orElse(0);
                var simulator = new PayfipSimulator(port, clock)
                        .addClient(DemoBilling.CLIENT_NUMBER, "COMMUNE DE BEAULIEU-SUR-ORGE", "REGIE PERISCOLAIRE", "").start();
                var settings = simulator.settings(PaymentMode.TEST);
                return new Payment(new PayfipGateway(settings), settings.paymentPage(), simulator);
            }
            var settings = PayfipSettings.fromEnvironment(config.settingsOf("PAYFIP_ENDPOINT", "PAYFIP_PAGE_URL", "PAYFIP_MODE",
                    "PAYFIP_TIMEOUT_SECONDS"));
            return new Payment(new PayfipGateway(settings), settings.paymentPage(), null);
        }

        String origin() {
            return page.getScheme() + "://" + page.getRawAuthority();
        }
    }

    /**
     * FranceConnect: in demo mode its simulator (on FRANCECONNECT_SIMULATOR_PORT, else a free port), so a newcomer can
     * link an account and sign in with a fictional identity; on a town's portal the real service when
     * FRANCECONNECT_CLIENT_ID is set, and no FranceConnect button otherwise.
     */
    record Connect(Optional<IdentityProvider> provider, String origin, FranceConnectSimulator simulator) {
        static Connect of(PortalConfig config, Clock clock, Supplier<String> publicBaseUrl) {
            if (config.demo()) {
                int port = config.settings().get("FRANCECONNECT_SIMULATOR_PORT").map(Integer::parseInt).orElse(0);
                var simulator = new FranceConnectSimulator(port, clock).start();
                var settings = simulator.settings();
                return new Connect(Optional.of(new FranceConnectClient(FranceConnectSettings.fromEnvironment(key -> Optional.ofNullable(settings.get(key))),
                        publicBaseUrl, clock)), simulator.origin(), simulator);
            }
            if (!FranceConnectSettings.configured(config.settings()::get)) return new Connect(Optional.empty(), "", null);
            var settings = FranceConnectSettings.fromEnvironment(config.settings()::get);
            return new Connect(Optional.of(new FranceConnectClient(settings, publicBaseUrl, clock)),
                    settings.discovery().getScheme() + "://" + settings.discovery().getRawAuthority(), null);
        }
    }

    /**
     * The quotient familial from API Particulier: in demo mode its simulator (on API_PARTICULIER_SIMULATOR_PORT, else a
     * free port); on a town's portal the real service when API_PARTICULIER_TOKEN is set, and the manual path alone otherwise.
     */
    record Quotients(Optional<QuotientLookup> lookup, int validityMonths, ApiParticulierSimulator simulator) {
        static Quotients of(PortalConfig config, Clock clock) {
            if (config.demo()) {
                int port = config.settings().get("API_PARTICULIER_SIMULATOR_PORT").map(Integer::parseInt).orElse(0);
                var simulator = new ApiParticulierSimulator(port, clock).start();
                // the simulator's address and token; how long to wait and keep a quotient still from the settings
                var settings = ApiParticulierSettings.fromEnvironment(key -> Optional.ofNullable(simulator.settings().get(key))
                        .or(() -> config.settings().get(key)));
                return new Quotients(Optional.of(new ApiParticulierQuotients(settings)), settings.validityMonths(), simulator);
            }
            if (!ApiParticulierSettings.configured(config.settings()::get)) return new Quotients(Optional.empty(), 12, null);
            var settings = ApiParticulierSettings.fromEnvironment(config.settings()::get);
            return new Quotients(Optional.of(new ApiParticulierQuotients(settings)), settings.validityMonths(), null);
        }
    }

    /** The API Particulier simulator of a demo (tests make it fail), if this portal runs one. */
    public Optional<ApiParticulierSimulator> apiParticulierSimulator() {
        return Optional.ofNullable(quotients.simulator());
    }

    /** The FranceConnect simulator of a demo (tests make it lie or fail), if this portal runs one. */
    public Optional<FranceConnectSimulator> franceConnectSimulator() {
        return Optional.ofNullable(connect.simulator());
    }

    /** Starts the web server on {@code port} (0 = any free port) over a migrated database. */
    public static Portal start(PortalConfig config, Db db, MailTransport mailTransport, int port, Clock clock) {
        return start(config, db, mailTransport, port, java.util.concurrent.CompletableFuture.completedFuture(null), clock);
    }

    /**
     * Wires the portal while the database is being migrated ({@code migrated}, run by the caller), then waits for the
     * migrations before the jobs start and the server listens: nothing reads the database before.
     *
     * @param clock the one source of «now» of the whole portal, pages, use cases, jobs and the times written to the
     *              database alike (bootstrap's {@link Main} gives the system's; tests give one they control)
     */
    public static Portal start(PortalConfig config, Db db, MailTransport mailTransport, int port, java.util.concurrent.Future<?> migrated,
                               Clock clock) {
        var outbox = new JooqMailOutbox(db, clock);
        var ports = accountsPorts(db, clock);
        var sessions = new Sessions(ports);
        var notifications = notificationCenter(db, ports);
        var cookie = new SessionCookie(sessions, config.secureCookies(), notifications::unreadCount);
        var terms = new TermsOfUseUseCases(ports);
        var news = new NewsDesk(new JooqNewsRepository(db), db, clock);

        List<PortalWeb.Area> areas = new ArrayList<>();
        var dossier = householdsPorts(db, ports, clock);
        var demarches = new DemarchePorts(new JooqDemarcheRepository(db), dossier.households(), notifications, db, clock);
        var messaging = new MessagingPorts(new JooqThreadRepository(db), dossier.households(), notifications, db, clock);
        // tests start the portal on port 0: its public address is known once the server listens
        var baseUrl = new AtomicReference<>(config.publicBaseUrl());
        var connect = Connect.of(config, clock, baseUrl::get);
        var franceConnect = connect.provider().map(provider -> new FranceConnectSignIn(ports, sessions, provider, new JooqFranceConnectLinks(db),
                new JooqFranceConnectAttempts(db)));
        areas.add(new AccountPages(new SignIn(ports, sessions), sessions, new ActivateAccount(ports, sessions), new PasswordReset(ports),
                terms, new MyAccount(ports), cookie, franceConnect));
        franceConnect.ifPresent(fc -> areas.add(new FranceConnectPages(fc, sessions, cookie, config.secureCookies(), connect.origin())));
        areas.add(new StaffPages(new CreateAccount(ports), new ResendActivation(ports), new StaffAccounts(ports), terms));
        areas.add(new fr.portailfamille.web.town.TownSettingsPages(new fr.portailfamille.application.town.EditTownSettings(ports,
                new JooqTownRepository(db, clock), new fr.portailfamille.persistence.town.JooqTownLogo(db))));
        areas.add(new NotificationPages(notifications));
        areas.add(new NewsPages(news));
        // the dossier's «Documents de la ville» lists the invoices, whose use case is built further down with billing
        var healthSheetReads = new JooqHealthSheetReads(db);
        // bookings, decisions and billing record who did what, when and from where
        var auditTrail = new JooqAuditTrail(db);
        var retention = new DataRetention(dossier, new JooqRetentionStore(db), new JooqPrivacySettings(db), auditTrail);
        var invoicesAsDocuments = new java.util.concurrent.atomic.AtomicReference<DossierPages.TownDocuments>(DossierPages.TownDocuments.NONE);
        areas.add(new DossierPages(new OpenDossier(dossier), new UpdateCoordinates(dossier), new EditChild(dossier), new UpdateHealthRecord(dossier),
                new ManageContacts(dossier), new AnswerConsents(dossier), new SendSupportingDocument(dossier), new ReadDocuments(dossier),
                new StaffHouseholds(dossier), dossier.catalogue(), parent -> invoicesAsDocuments.get().of(parent),
                new HealthSheetConsultations(dossier, healthSheetReads)));
        areas.add(new StaffDossierPages(new StaffHouseholds(dossier), new ReviewDocuments(dossier, notifications), new TownConsents(dossier)));
        areas.add(new DemarchePages(new DemarchePages.Family(new ReadDemarches(demarches), new ReadDemarcheForms(demarches), new StartDemarche(demarches),
                new SaveDemarcheDraft(demarches), new SubmitDemarche(demarches)), new DemarchePages.Staff(new ReadDemarcheQueue(demarches),
                new DecideDemarche(demarches), new DefineDemarcheForm(demarches), new AskForDemarche(demarches))));
        var schoolYearActivities = new JooqActivityRepository(db);
        areas.add(new MessagingPages(new MessagingPages.UseCases(new ReadFamilyThreads(messaging), new WriteToTown(messaging),
                new OpenConversation(messaging), new ReplyInThread(messaging), new ReadInbox(messaging), new HandleThread(messaging),
                new WriteToHousehold(messaging), new SendGroupMessage(messaging, new JooqRecipients(db))),
                () -> dossier.catalogue().schools(), () -> schoolYearActivities
                .ofYear(fr.portailfamille.domain.bookings.SchoolYear.containing(java.time.LocalDate.now(clock.withZone(TownZone.ZONE))))
                .stream().collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.name(), (a, b) -> a, java.util.TreeMap::new))));
        var bookings = bookingsPorts(db, dossier, notifications, clock);
        var absences = new JooqAbsenceRepository(db);
        areas.add(new PlanningPages(new ShowCalendar(bookings, absences), new SubmitBookings(bookings, auditTrail), new ApplyTypicalWeek(bookings, auditTrail),
                new RequestEnrolment(bookings), clock));
        areas.add(new StaffBookingPages(new ManageActivities(bookings), new ManageSchoolCalendar(bookings), new ManageSlots(bookings),
                new DecideEnrolment(bookings, auditTrail), clock, new RegieChoices(new JooqCashOfficeRepository(db))));
        areas.add(new AbsencePages(new DeclareAbsence(bookings, absences), new DecideAbsence(bookings, absences, auditTrail)));
        areas.add(new AttendancePages(new KeepRegister(bookings, absences, new JooqAttendanceRepository(db))));
        areas.add(new DevMailboxPages(new ReadOutbox(outbox)));
        var payment = Payment.of(config, clock);
        areas.add(new CalendarFeedPages(new CalendarFeed(bookings, new JooqCalendarFeedRepository(db), new SecureTokenGenerator()), baseUrl::get));
        var billing = billingPorts(db, ports, notifications, payment.gateway(), new JooqBillableUsage(db), baseUrl::get);
        var facturation = new Facturation(billing);
        var quotients = Quotients.of(config, clock);
        areas.add(new QuotientLookupPages(new LookUpQuotient(quotients.lookup(), billing.quotients(), dossier.households(), db, clock,
                quotients.validityMonths())));
        invoicesAsDocuments.set(parent -> facturation.overview(SessionCookie.actor(parent), true).stream()
                .flatMap(office -> office.history().stream())
                .map(invoice -> new Breadcrumb("Facture " + invoice.number().value() + " du " + invoice.issuedOn().format(FRENCH_DAY)
                        + " – " + invoice.total().format() + " (PDF)", "/facturation/factures/" + invoice.number().value() + "/pdf"))
                .toList());
        var parentDashboard = new ParentDashboard(new OpenDossier(dossier), new ReadDemarches(demarches), new ReadDemarcheForms(demarches),
                new ReadFamilyThreads(messaging), facturation,
                new ShowCalendar(bookings), new RequestEnrolment(bookings), clock);
        // the page every parent reloads: its ~40 reads on one connection, not one pool checkout (and commit) each
        var staffHome = new ShowStaffHome(new JooqWorkloadQueries(db), clock);
        areas.add(new InfoPages(() -> news.published(3), parent -> db.inTransaction(() -> parentDashboard.blocks(parent)),
                new StaffDashboard(staffHome)));
        areas.add(new PrivacyPages(new ExportHouseholdData(new ExportHouseholdData.Sources(dossier, schoolYearActivities, bookings.enrolments(),
                bookings.slots(), absences, billing, new JooqThreadRepository(db), new JooqDemarcheRepository(db),
                healthSheetReads, auditTrail)), new HealthSheetConsultations(dossier, healthSheetReads), new HouseholdJournal(dossier, auditTrail),
                retention, ports.town()));
        var pay = new PayOnline(billing);
        var ledger = new PaymentLedgerCheck(billing);
        areas.add(new BillingPages(facturation, pay, payment.origin(), clock));
        areas.add(new CashOfficePages(new ReadCashOffices(billing), new SaveCashOffice(billing), new SetTariff(billing), new ReadInvoicingRuns(billing),
                new OpenInvoicingRun(billing)));
        areas.add(new InvoicingRunPages(new InvoicingRunPages.UseCases(new ReadInvoicingRuns(billing), new ComputeInvoicingRun(billing),
                new ReviewInvoicingRun(billing), new DeleteDraftRun(billing), new FinaliseInvoicingRun(billing, auditTrail), new PrintPaperInvoices(billing))));
        areas.add(new StaffQuotientPages(new ReadQuotients(billing), new RecordQuotient(billing)));
        var billedDays = new fr.portailfamille.persistence.billing.JooqBilledDays(db);
        areas.add(new StaffInvoicePages(new ReadStaffInvoices(billing, billedDays), new RecordDeskPayment(billing, auditTrail),
                new IssueCreditNote(billing, auditTrail, billedDays), facturation, ledger));
        // the yearly tax certificates are town documents of the households' dossiers
        areas.add(new fr.portailfamille.web.billing.TaxCertificatePages(new fr.portailfamille.application.billing.ProduceTaxCertificates(billing,
                new fr.portailfamille.persistence.billing.JooqChildcareTaxCertificates(db), new fr.portailfamille.web.billing.HtmlTaxCertificatePdf(),
                dossier.documents(), dossier.storage())));
        areas.add(new fr.portailfamille.web.billing.ReminderSettingsPages(new fr.portailfamille.application.billing.ReminderSettings(
                new fr.portailfamille.persistence.billing.JooqInvoiceReminders(db))));
        // preparing the next school year copies Billing's tariffs through its own use case
        areas.add(new fr.portailfamille.web.bookings.SchoolYearPages(new fr.portailfamille.application.bookings.PrepareSchoolYear(bookings,
                new fr.portailfamille.application.billing.CopyTariffsToYear(new ReadCashOffices(billing), new SetTariff(billing))), new ManageSchoolCalendar(bookings), clock));
        // what a town sets up to go live (services, schools, justificatifs, documents) and the admins' «État du portail»
        var jobRuns = new fr.portailfamille.application.town.JobRuns(clock);
        areas.add(new fr.portailfamille.web.town.TownSetupPages(
                new fr.portailfamille.application.town.ManageServiceOffices(new fr.portailfamille.persistence.town.JooqServiceOffices(db), ports.audit(), db, clock),
                new fr.portailfamille.application.households.TownSchools(dossier, ports.audit()),
                new fr.portailfamille.application.households.TownDocumentTypes(dossier, ports.audit()),
                new fr.portailfamille.application.households.PublishTownDocument(dossier, ports.audit()),
                new fr.portailfamille.application.town.PortalHealth(db::isReachable, new fr.portailfamille.persistence.town.JooqSchemaVersion(db), outbox,
                        jobRuns, clock)));
        var web = new PortalWeb(new PortalWeb.Settings(config.demo(), config.secureCookies(),
                fr.portailfamille.web.AdmissionLimit.of(config.maxConcurrentRequests()), config.trustedProxies(),
                new PortalWeb.Management(config.managementHost(), config.managementPort()), connect.origin()), ports.town(), cookie, db::isReachable, areas);

        try {
            migrated.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the database was migrated", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the database migrations failed", e.getCause());
        }

        // calendars, activities, CGU… kept in memory from now on, forgotten whenever any process changes them
        db.reference().listen();
        // a paperless household's «Facture disponible» carries its PDF, rendered when the mail leaves
        var deliverMails = new DeliverMails(outbox, mailTransport, db, clock, new InvoiceDocuments(billing));
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("jobs").daemon().factory());
        // the first round waits a few seconds: mails left from before a restart (invoice PDFs to render, a second of CPU
        // each batch) would otherwise compete with the first pages of a portal that has just started
        jobs.scheduleWithFixedDelay(guarded(jobRuns, "envoi des courriels", () -> deliverMails.deliverDue(50)), 5, 2, TimeUnit.SECONDS);
        var purge = new PurgeExpiredAccounts(ports);
        // several portal processes may share the database: each job round runs in one of them at a time (the mail
        // worker needs no lock, its claims SKIP LOCKED rows)
        var locks = new fr.portailfamille.persistence.common.AdvisoryJobLocks(db.dataSource());
        jobs.scheduleWithFixedDelay(guarded(jobRuns, "purge des comptes jamais activés", () -> locks.runAlone("purge", purge::run)), 10, 600, TimeUnit.SECONDS);
        jobs.scheduleWithFixedDelay(guarded(jobRuns, "sessions expirées",
                () -> locks.runAlone("expired-sessions", () -> ports.sessions().deleteExpired(clock.instant()))), 60, 600, TimeUnit.SECONDS);

        // once a day, what the retention durations say is due is anonymised or deleted (counts only in the log)
        jobs.scheduleAtFixedRate(guarded(jobRuns, "conservation des données", () -> locks.runAlone("data-retention", () -> logRetention(retention.purgeDue()))), 15,
                24 * 60, TimeUnit.MINUTES);

        // PayFiP's notifications get lost: attempts pending for 2 minutes are asked again (and expire after 20)
        jobs.scheduleWithFixedDelay(guarded(jobRuns, "rapprochement des paiements en ligne",
                () -> locks.runAlone("payment-reconciliation", () -> pay.reconcile(Duration.ofMinutes(2)))), 30, 60, TimeUnit.SECONDS);
        // each day, yesterday's online payments compared with PayFiP's view; staff read the details on their page
        jobs.scheduleAtFixedRate(guarded(jobRuns, "contrôle quotidien PayFiP", () -> locks.runAlone("payfip-ledger", () -> logLedger(ledger))), 5, 24 * 60,
                TimeUnit.MINUTES);
        // the daily reminders of unpaid invoices: asked every hour so that a portal restarted in the day still sends them,
        // the stored reminders keep an invoice from being reminded twice the same day
        var remind = new fr.portailfamille.application.billing.RemindUnpaidInvoices(billing, new fr.portailfamille.persistence.billing.JooqInvoiceReminders(db));
        jobs.scheduleAtFixedRate(guarded(jobRuns, "relances des factures impayées", () -> locks.runAlone("invoice-reminders", remind::run)), 15, 60,
                TimeUnit.MINUTES);

        var builder = WebServer.builder().port(port);
        web.setup(builder);
        var server = builder.build().start();
        if (port == 0) baseUrl.set("http://localhost:" + server.port());
        return new Portal(server, web, jobs, payment.simulator(), connect, quotients, db);
    }

    /** The account ports over the database, shared by the use cases (and the demo seed). */
    public static AccountsPorts accountsPorts(Db db, Clock clock) {
        return new AccountsPorts(new JooqAccountRepository(db), new JooqTokenRepository(db), new JooqSessionRepository(db),
                new JooqThrottleRepository(db), new JooqAuditLog(db), new JooqTermsRepository(db), new JooqTermsAcceptances(db),
                new Argon2idPasswordHasher(), new SecureTokenGenerator(), new JooqMailOutbox(db, clock), new FreemarkerMailComposer(),
                new CurrentTown(new JooqTownRepository(db, clock)), db, clock);
    }

    /** The one {@link fr.portailfamille.application.messaging.Notifier} every module raises notifications through. */
    public static NotificationCenter notificationCenter(Db db, AccountsPorts ports) {
        return new NotificationCenter(new JooqNotificationRepository(db), new JooqMailPreferencesRepository(db), ports.accounts(),
                ports.outbox(), ports.composer(), ports.town(), db, ports.clock());
    }

    /** The dossier ports over the database (the accounts are the accounts area's). */
    static HouseholdsPorts householdsPorts(Db db, AccountsPorts accounts, Clock clock) {
        return new HouseholdsPorts(new JooqHouseholdRepository(db), new JooqDossierCatalogue(db), new JooqDocumentRepository(db),
                new JooqDocumentStorage(db), new fr.portailfamille.persistence.households.JooqTownDocumentRepository(db), new JooqDossierAudit(db), accounts.accounts(), db, clock);
    }

    /** The booking ports over the database; families and their dossiers are the dossier area's, notifications the one centre's. */
    static BookingsPorts bookingsPorts(Db db, HouseholdsPorts households, Notifier notifier, Clock clock) {
        return new BookingsPorts(new JooqActivityRepository(db), new JooqSchoolCalendarRepository(db), new JooqSlotRepository(db),
                new JooqEnrolmentRepository(db), households, notifier, db, clock);
    }

    /**
     * The billing ports over the database. {@code usage} is the seam with bookings: {@link JooqBillableUsage} reads the
     * bookings tables; the demo seed passes its own fixed list for a past month.
     */
    public static BillingPorts billingPorts(Db db, AccountsPorts accounts, Notifier notifier, PaymentGateway gateway, BillableUsage usage,
                                     Supplier<String> publicBaseUrl) {
        var quotients = new JooqQuotientRepository(db);
        // the quotients agents enter from validated justificatifs; a national-API provider would be plugged here
        return new BillingPorts(new JooqCashOfficeRepository(db), quotients, new ManualFamilyQuotients(quotients), new JooqInvoiceRepository(db),
                new JooqOnlinePaymentRepository(db), usage, new HtmlInvoicePdf(), gateway, new JooqHouseholdRepository(db), accounts.accounts(),
                new JooqInvoicedHouseholds(db), notifier, accounts.outbox(), accounts.composer(), accounts.town(), db, accounts.clock(), publicBaseUrl);
    }

    public int port() {
        return server.port();
    }

    /** The operators' socket (health details, metrics), on 127.0.0.1 unless MANAGEMENT_HOST says otherwise. */
    public int managementPort() {
        return server.port(PortalWeb.Management.SOCKET);
    }

    public PortalWeb web() {
        return web;
    }

    @Override
    public void close() {
        jobs.shutdownNow();
        server.stop();
        db.reference().close();
        if (simulator != null) simulator.stop();
        if (connect.simulator() != null) connect.simulator().stop();
        if (quotients.simulator() != null) quotients.simulator().stop();
    }

    /** Yesterday's discrepancies with PayFiP, logged for the operators; the staff page lists them. */
    private static void logLedger(PaymentLedgerCheck ledger) {
        var report = ledger.compare(ledger.today().minusDays(1));
        if (!report.discrepancies().isEmpty()) {
            LOG.warning(() -> "Rapprochement PayFiP du " + report.day() + " : " + report.discrepancies().size() + " écart(s) sur " + report.checked()
                    + " paiement(s), voir /agent/paiements/rapprochement?jour=" + report.day());
        }
    }

    /** What the retention job did, in numbers: names and contents stay out of the logs. */
    private static void logRetention(DataRetention.Plan done) {
        if (done.empty()) return;
        LOG.info(() -> "Conservation des données : " + done.households().size() + " foyer(s) anonymisé(s), " + done.sheets().size()
                + " fiche(s) sanitaire(s), " + done.documents().size() + " justificatif(s), " + done.threads().size() + " échange(s), "
                + done.demarches().size() + " démarche(s), " + done.invoices().size() + " facture(s) et " + done.auditLines()
                + " ligne(s) de journal supprimés");
    }

    /** A failing round of a job is logged and the next round still runs. */
    private static Runnable guarded(fr.portailfamille.application.town.JobRuns runs, String name, Runnable job) {
        return () -> {
            try {
                runs.round(name, job);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job «" + name + "» failed; it will run again", e);
            }
        };
    }
}
