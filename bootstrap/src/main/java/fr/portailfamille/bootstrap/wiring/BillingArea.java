package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.billing.InvoiceDocuments;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.DeleteDraftRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.IssueCreditNote;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.PrintPaperInvoices;
import fr.portailfamille.application.billing.ReadCashOffices;
import fr.portailfamille.application.billing.ReadInvoicingRuns;
import fr.portailfamille.application.billing.ReadQuotients;
import fr.portailfamille.application.billing.ReadStaffInvoices;
import fr.portailfamille.application.billing.RecordDeskPayment;
import fr.portailfamille.application.billing.RecordQuotient;
import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.application.billing.LookUpQuotient;
import fr.portailfamille.application.billing.ManualFamilyQuotients;
import fr.portailfamille.application.billing.PayOnline;
import fr.portailfamille.application.billing.PaymentLedgerCheck;
import fr.portailfamille.application.billing.ProduceTaxCertificates;
import fr.portailfamille.application.billing.RemindUnpaidInvoices;
import fr.portailfamille.application.billing.ReminderSettings;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.billing.JooqBillableUsage;
import fr.portailfamille.persistence.billing.JooqBilledDays;
import fr.portailfamille.persistence.billing.JooqCashOfficeRepository;
import fr.portailfamille.persistence.billing.JooqChildcareTaxCertificates;
import fr.portailfamille.persistence.billing.JooqInvoiceReminders;
import fr.portailfamille.persistence.billing.JooqInvoiceRepository;
import fr.portailfamille.persistence.billing.JooqInvoicedHouseholds;
import fr.portailfamille.persistence.billing.JooqOnlinePaymentRepository;
import fr.portailfamille.persistence.billing.JooqQuotientRepository;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.accounts.SessionCookie;
import fr.portailfamille.web.billing.BillingPages;
import fr.portailfamille.web.billing.HtmlInvoicePdf;
import fr.portailfamille.web.billing.HtmlTaxCertificatePdf;
import fr.portailfamille.web.billing.QuotientLookupPages;
import fr.portailfamille.web.billing.ReminderSettingsPages;
import fr.portailfamille.web.billing.CashOfficePages;
import fr.portailfamille.web.billing.InvoicingRunPages;
import fr.portailfamille.web.billing.StaffInvoicePages;
import fr.portailfamille.web.billing.StaffQuotientPages;
import fr.portailfamille.web.billing.TaxCertificatePages;
import fr.portailfamille.web.households.ParentDossierPages;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Billing: régies and tariffs, invoicing runs, invoices, online payment (PayFiP), reminders, tax certificates and the
 * quotient familial (API Particulier). Built before the bookings area, whose activity form lists its régies.
 */
public final class BillingArea {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PortalBase base;
    private final HouseholdsArea households;
    private final AuditTrail trail;
    private final PaymentService payment;
    private final QuotientService quotients;
    private final BillingPorts ports;
    private final Facturation facturation;
    private final ReadCashOffices cashOffices;
    private final SetTariff setTariff;
    private final PayOnline payOnline;
    private final PaymentLedgerCheck ledger;
    private final JooqInvoiceReminders reminders;
    private final RemindUnpaidInvoices reminderRound;
    private final InvoiceDocuments invoiceDocuments;

    BillingArea(PortalBase base, AccountsArea accounts, HouseholdsArea households, NotificationsArea notifications, AuditTrail trail) {
        this.base = base;
        this.households = households;
        this.trail = trail;
        payment = PaymentService.of(base.config(), base.clock());
        quotients = QuotientService.of(base.config(), base.clock());
        ports = ports(base.db(), accounts.ports(), households.ports().households(), notifications.center(), payment.gateway(),
                new JooqBillableUsage(base.db()), base::publicBaseUrl);
        facturation = new Facturation(ports);
        cashOffices = new ReadCashOffices(ports);
        setTariff = new SetTariff(ports);
        payOnline = new PayOnline(ports);
        ledger = new PaymentLedgerCheck(ports);
        reminders = new JooqInvoiceReminders(base.db());
        reminderRound = new RemindUnpaidInvoices(ports, reminders);
        invoiceDocuments = new InvoiceDocuments(ports);
    }

    /**
     * The billing ports over the database. {@code usage} is the seam with bookings: {@link JooqBillableUsage} reads the
     * bookings tables; the demo seed passes its own fixed list for a past month.
     */
    public static BillingPorts ports(Db db, AccountsPorts accounts, HouseholdRepository households, Notifier notifier, PaymentGateway gateway,
                                     BillableUsage usage, Supplier<String> publicBaseUrl) {
        var quotients = new JooqQuotientRepository(db);
        // the quotients agents enter from validated justificatifs; a national-API provider would be plugged here
        return new BillingPorts(new JooqCashOfficeRepository(db), quotients, new ManualFamilyQuotients(quotients), new JooqInvoiceRepository(db),
                new JooqOnlinePaymentRepository(db), usage, new HtmlInvoicePdf(), gateway, households, accounts.accounts(),
                new JooqInvoicedHouseholds(db), notifier, accounts.outbox(), accounts.composer(), accounts.town(), db, accounts.clock(), publicBaseUrl);
    }

    BillingPorts ports() {
        return ports;
    }

    Facturation facturation() {
        return facturation;
    }

    /** The régies and their tariffs, also read when a new school year copies them. */
    ReadCashOffices cashOffices() {
        return cashOffices;
    }

    SetTariff setTariff() {
        return setTariff;
    }

    PayOnline payOnline() {
        return payOnline;
    }

    PaymentLedgerCheck ledger() {
        return ledger;
    }

    RemindUnpaidInvoices reminderRound() {
        return reminderRound;
    }

    /** A paperless household's «Facture disponible» carries its PDF, rendered when the mail leaves. */
    InvoiceDocuments invoiceDocuments() {
        return invoiceDocuments;
    }

    /** The dossier's «Documents de la ville» lists the family's invoices, each a link to its PDF. */
    ParentDossierPages.TownDocuments invoicesAsDocuments() {
        return parent -> facturation.overview(SessionCookie.actor(parent), true).stream()
                .flatMap(office -> office.history().stream())
                .map(invoice -> new Breadcrumb("Facture " + invoice.number().value() + " du " + invoice.issuedOn().format(FRENCH_DAY)
                        + " – " + invoice.total().format() + " (PDF)", "/facturation/factures/" + invoice.number().value() + "/pdf"))
                .toList();
    }

    void addPages(List<PortalWeb.Area> pages) {
        pages.add(new QuotientLookupPages(new LookUpQuotient(quotients.lookup(), ports.quotients(), households.ports().households(), base.db(),
                base.clock(), quotients.validityMonths())));
        pages.add(new BillingPages(facturation, payOnline, payment.origin(), base.clock()));
        var runs = new ReadInvoicingRuns(ports);
        pages.add(new CashOfficePages(cashOffices, new SaveCashOffice(ports), setTariff, runs, new OpenInvoicingRun(ports)));
        pages.add(new InvoicingRunPages(new InvoicingRunPages.UseCases(runs, new ComputeInvoicingRun(ports), new ReviewInvoicingRun(ports),
                new DeleteDraftRun(ports), new FinaliseInvoicingRun(ports, trail), new PrintPaperInvoices(ports))));
        pages.add(new StaffQuotientPages(new ReadQuotients(ports), new RecordQuotient(ports)));
        var billedDays = new JooqBilledDays(base.db());
        pages.add(new StaffInvoicePages(new ReadStaffInvoices(ports, billedDays), new RecordDeskPayment(ports, trail),
                new IssueCreditNote(ports, trail, billedDays), facturation, ledger));
        // the yearly tax certificates are town documents of the households' dossiers
        pages.add(new TaxCertificatePages(new ProduceTaxCertificates(ports, new JooqChildcareTaxCertificates(base.db()), new HtmlTaxCertificatePdf(),
                households.ports().documents(), households.ports().storage())));
        pages.add(new ReminderSettingsPages(new ReminderSettings(reminders)));
    }

    QuotientService quotients() {
        return quotients;
    }

    void stop() {
        payment.stop();
        quotients.stop();
    }
}
