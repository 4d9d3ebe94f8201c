package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.mail.port.MailComposer;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.application.town.CurrentTown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The out-ports the billing use cases share.
 *
 * @param publicBaseUrl where the portal is reached from outside («https://portail.ville.fr»): the payment provider's
 *                      notification and return addresses are built on it, never on a request's Host header
 */
public record BillingPorts(
        CashOfficeRepository cashOffices,
        QuotientRepository quotients,
        FamilyQuotientProvider quotientProvider,
        InvoiceRepository invoices,
        OnlinePaymentRepository payments,
        BillableUsage usage,
        InvoicePdf pdf,
        PaymentGateway gateway,
        HouseholdRepository households,
        AccountRepository accounts,
        InvoicedHouseholds invoiced,
        Notifier notifier,
        MailOutbox outbox,
        MailComposer composer,
        CurrentTown town,
        Transactions transactions,
        Clock clock,
        Supplier<String> publicBaseUrl) {

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TownZone.ZONE);
    }
}
