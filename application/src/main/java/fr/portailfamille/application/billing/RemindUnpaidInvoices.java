package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The daily job «relance des factures impayées»: each invoice still to pay some days after its due date (the town's
 * setting) gets a notification to each active account of its household, and a mail to those who get their invoices
 * or their invoice notifications by mail; again every as many days, never twice the same day. One transaction per
 * batch: a crash leaves neither a reminder recorded without its messages nor messages without their record.
 */
public final class RemindUnpaidInvoices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int BATCH = 500;

    private final BillingPorts ports;
    private final InvoiceReminders reminders;

    public RemindUnpaidInvoices(BillingPorts ports, InvoiceReminders reminders) {
        this.ports = ports;
        this.reminders = reminders;
    }

    /** Reminds every invoice due a reminder today; how many were reminded. */
    public int run() {
        int total = 0;
        int reminded;
        do {
            reminded = ports.transactions().inTransaction(this::batch);
            total += reminded;
        } while (reminded == BATCH);
        return total;
    }

    private int batch() {
        var due = reminders.claim(ports.today(), reminders.daysAfterDue(), BATCH);
        if (due.isEmpty()) return 0;
        var byHousehold = new HashMap<Long, List<InvoiceReminders.Due>>();
        due.forEach(d -> byHousehold.computeIfAbsent(d.householdId(), h -> new ArrayList<>()).add(d));
        var town = ports.town().get();
        var now = ports.clock().instant();
        var notifications = new ArrayList<Notification>();
        var mails = new ArrayList<OutgoingMail>();
        for (var r : ports.invoiced().recipients(byHousehold.keySet())) {
            for (var invoice : byHousehold.get(r.householdId())) {
                String title = "Rappel : la facture " + invoice.number().value() + " (" + invoice.amountDue().format() + ") était à payer avant le "
                        + invoice.dueOn().format(DAY);
                String link = "/facturation/factures/" + invoice.number().value();
                notifications.add(Notification.raise(r.accountId(), NotificationKind.INVOICE_TO_PAY, title, link, now));
                if (r.paperless() || r.wantsInvoiceMail()) {
                    mails.add(ports.composer().compose(new MailContent.NotificationMail(r.email(), town, r.displayName(),
                            NotificationKind.INVOICE_TO_PAY.label(), title, town.publicBaseUrl() + link)));
                }
            }
        }
        ports.invoiced().raise(notifications);
        if (!mails.isEmpty()) ports.outbox().enqueueAll(mails);
        return due.size();
    }
}
