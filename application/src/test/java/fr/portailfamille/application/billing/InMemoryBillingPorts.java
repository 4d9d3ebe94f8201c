package fr.portailfamille.application.billing;

import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.application.payment.InMemoryPaymentGateway;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.nio.charset.StandardCharsets;
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
    public final InMemoryBillableUsage usage = new InMemoryBillableUsage();
    public final InMemoryPaymentGateway gateway;
    public final List<Notified> notifications = new CopyOnWriteArrayList<>();
    public final BillingPorts ports;

    public InMemoryBillingPorts() {
        var accounts = dossier.accounts;
        gateway = new InMemoryPaymentGateway(PaymentMode.TEST, accounts.clock);
        // the PDF adapter is tested on its own; here the «PDF» is the text that would be printed
        InvoicePdf pdf = document -> ("FACTURE " + document.invoice().number() + " " + document.invoice().total().format())
                .getBytes(StandardCharsets.UTF_8);
        ports = new BillingPorts(cashOffices, new InMemoryQuotientRepository(), invoices, payments, usage, pdf, gateway,
                dossier.ports.households(), accounts.ports.accounts(),
                (account, kind, title, link) -> notifications.add(new Notified(account, kind, title, link)),
                accounts.outbox, accounts.ports.composer(), accounts.ports.town(), accounts.ports.transactions(), accounts.clock,
                () -> "https://portail.villepreux.fr");
    }
}
