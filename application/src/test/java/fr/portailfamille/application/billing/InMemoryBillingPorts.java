package fr.portailfamille.application.billing;

import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.application.messaging.InMemoryMailPreferencesRepository;
import fr.portailfamille.application.messaging.InMemoryNotificationRepository;
import fr.portailfamille.application.payment.InMemoryPaymentGateway;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The billing use cases' ports in memory, sharing the accounts and households of {@link InMemoryHouseholdsPorts}. */
public final class InMemoryBillingPorts {

    public record Notified(long accountId, NotificationKind kind, String title, String link) {
    }

    public final InMemoryHouseholdsPorts dossier = new InMemoryHouseholdsPorts();
    public final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    public final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    public final InMemoryOnlinePaymentRepository payments = new InMemoryOnlinePaymentRepository();
    public final InMemoryBillableUsage usage = new InMemoryBillableUsage(invoices);
    public final InMemoryPaymentGateway gateway;
    public final List<Notified> notifications = new CopyOnWriteArrayList<>();
    public final InMemoryMailPreferencesRepository preferences = new InMemoryMailPreferencesRepository();
    public final InMemoryInvoicedHouseholds invoiced;
    /** How many invoice PDFs were rendered: pages must not render one just to show its size. */
    public final java.util.concurrent.atomic.AtomicInteger rendered;
    public final BillingPorts ports;

    public InMemoryBillingPorts() {
        var accounts = dossier.accounts;
        var t = accounts.transactions;
        t.enlist(cashOffices);
        t.enlist(invoices);
        t.enlist(payments);
        t.enlist(usage);
        t.enlist(preferences);
        gateway = new InMemoryPaymentGateway(PaymentMode.TEST, accounts.clock);
        var pdf = new TextInvoicePdf();
        rendered = pdf.rendered;
        invoiced = new InMemoryInvoicedHouseholds(dossier.ports.households(), accounts.ports.accounts(), preferences, t.enlist(new InMemoryNotificationRepository()),
                n -> notifications.add(new Notified(n.accountId(), n.kind(), n.title(), n.link())));
        var quotients = t.enlist(new InMemoryQuotientRepository());
        ports = new BillingPorts(cashOffices, quotients, new ManualFamilyQuotients(quotients), invoices, payments, usage, pdf, gateway,
                dossier.ports.households(), accounts.ports.accounts(), invoiced,
                (account, kind, title, link) -> notifications.add(new Notified(account, kind, title, link)),
                accounts.outbox, accounts.ports.composer(), accounts.ports.town(), accounts.ports.transactions(), accounts.clock,
                () -> "https://portail.villepreux.fr");
    }
}
