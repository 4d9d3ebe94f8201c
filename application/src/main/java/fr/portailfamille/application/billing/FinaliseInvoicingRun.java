package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;
import fr.portailfamille.domain.privacy.AuditEvent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An agent finalises a computed run: numbers from the régie's gap-free series, frozen lines, each household's
 * parents told.
 *
 * <p>Finalisation is one transaction that first locks the run: finalising twice (a double click, two agents, a retry
 * after a crash) issues the invoices once; a crash before commit leaves neither invoice, number, notification nor
 * mail. It is set-based: one read of the drafts, one of the recipients, multi-row writes of invoices, lines,
 * notifications and mails — the mails leave through the outbox after the commit.
 */
public final class FinaliseInvoicingRun {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public sealed interface Finalisation {
        /** @param now false when the run was already final: nothing was issued again */
        record Finalised(List<Invoice> invoices, boolean now) implements Finalisation {
        }

        record Refused(String message) implements Finalisation {
        }
    }

    private final BillingPorts ports;
    private final AuditTrail trail;

    /** Without an audit trail: the demo seed and the tests of other rules. */
    public FinaliseInvoicingRun(BillingPorts ports) {
        this(ports, AuditTrail.NOT_KEPT);
    }

    /** @param trail where each invoice issued is recorded in its household's trail (who finalised, when, from where) */
    public FinaliseInvoicingRun(BillingPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.trail = trail;
    }

    /** Finalises the run, the invoices dated today. */
    public Finalisation finalise(Actor actor, long runId) {
        return finalise(actor, runId, ports.today());
    }

    /** Finalises the run; the invoices are dated {@code issuedOn} (usually today). */
    public Finalisation finalise(Actor actor, long runId, LocalDate issuedOn) {
        actor.requireStaff();
        Objects.requireNonNull(issuedOn, "issuedOn");
        var found = ports.invoices().findRun(runId).orElseThrow(Actor.NotAllowed::new);
        return ports.transactions().inTransaction(() -> {
            // every run of the month locked: two runs of one month are finalised one after the other, the second seeing the first
            var month = ports.invoices().lockRuns(found.cashOfficeId(), found.month());
            var run = month.stream().filter(r -> r.id() == runId).findFirst().orElseThrow(Actor.NotAllowed::new);
            if (run.isFinal()) return new Finalisation.Finalised(ports.invoices().ofRun(runId), false);
            if (run.computedAt() == null) return new Finalisation.Refused("Calculez les brouillons avant de finaliser.");
            if (month.stream().anyMatch(r -> r.isFinal() && r.finalisedAt().isAfter(run.computedAt()))) {
                return new Finalisation.Refused("Une autre facturation de ce mois a été finalisée après le calcul de ces brouillons : "
                        + "calculez-les à nouveau, ils ne factureront que les jours qu'aucune facture ne compte encore.");
            }
            if (issuedOn.isBefore(run.month().atDay(1))) {
                return new Finalisation.Refused("Les factures ne peuvent pas être émises avant le mois qu'elles facturent.");
            }
            var cashOffice = ports.cashOffices().find(run.cashOfficeId()).orElseThrow();
            var drafts = ports.invoices().drafts(runId).stream().filter(InvoiceDraft::isBillable)
                    .sorted(Comparator.comparingLong(InvoiceDraft::householdId)).toList();
            var invoices = new ArrayList<Invoice>(drafts.size());
            if (!drafts.isEmpty()) {
                var numbers = ports.invoices().reserveNumbers(cashOffice.id(), run.month(), drafts.size());
                for (int i = 0; i < drafts.size(); i++) {
                    invoices.add(drafts.get(i).finalise(cashOffice.invoiceNumber(run.month(), numbers.first() + i), issuedOn));
                }
                ports.invoices().issue(runId, invoices, headers(cashOffice, invoices));
            }
            ports.invoices().markFinalised(runId, issuedOn, actor.accountId(), ports.clock().instant());
            var at = ports.clock().instant();
            trail.record(invoices.stream().map(i -> new AuditEvent(i.householdId(), actor.accountId(), at, AuditEvent.Kind.INVOICE_ISSUED,
                    "Facture " + i.number().value() + " – " + i.total().format(), actor.origin())).toList());
            tell(cashOffice, invoices);
            return new Finalisation.Finalised(List.copyOf(invoices), true);
        });
    }

    /** Each invoice's addressee, address, town and régie as they are now, to be printed so forever. */
    private Map<fr.portailfamille.domain.billing.InvoiceNumber, InvoiceHeader> headers(CashOffice cashOffice, List<Invoice> invoices) {
        var town = ports.town().get();
        var addressees = ports.invoiced().addressees(invoices.stream().map(Invoice::householdId).collect(Collectors.toSet()));
        var headers = new HashMap<fr.portailfamille.domain.billing.InvoiceNumber, InvoiceHeader>();
        for (Invoice invoice : invoices) {
            var to = addressees.getOrDefault(invoice.householdId(), new InvoicedHouseholds.Addressee("Foyer " + invoice.householdId(), ""));
            headers.put(invoice.number(), InvoiceHeader.of(town, cashOffice, to.name(), to.postalAddress()));
        }
        return headers;
    }

    /**
     * Tells every household of the run, in the finalisation's transaction (a crash before commit tells nobody, a rerun
     * tells each once): a notification to each active account, read and written in bulk; by mail the «Facture
     * disponible» with the PDF attached when the household chose paperless invoices, otherwise the usual notification
     * mail to the accounts that want it. The PDFs are rendered when the mails leave, not here.
     */
    private void tell(CashOffice cashOffice, List<Invoice> invoices) {
        if (invoices.isEmpty()) return;
        var byHousehold = new HashMap<Long, Invoice>();
        invoices.forEach(i -> byHousehold.put(i.householdId(), i));
        var recipients = ports.invoiced().recipients(byHousehold.keySet());
        if (recipients.isEmpty()) return;
        var town = ports.town().get();
        var now = ports.clock().instant();
        var notifications = new ArrayList<Notification>();
        var mails = new ArrayList<OutgoingMail>();
        for (var r : recipients) {
            var invoice = byHousehold.get(r.householdId());
            String title = "Facture " + invoice.number().value() + " : " + invoice.total().format() + " à payer avant le " + invoice.dueOn().format(DAY);
            String link = "/facturation/factures/" + invoice.number().value();
            notifications.add(Notification.raise(r.accountId(), NotificationKind.INVOICE_TO_PAY, title, link, now));
            if (r.paperless()) {
                mails.add(ports.composer().compose(new MailContent.InvoiceAvailable(r.email(), town, r.displayName(), cashOffice.name(),
                                invoice.number().value(), invoice.total().format(), invoice.dueOn().format(DAY), town.publicBaseUrl() + link))
                        .withAttachments(List.of(InvoiceDocuments.attachment(invoice.number()))));
            } else if (r.wantsInvoiceMail()) {
                mails.add(ports.composer().compose(new MailContent.NotificationMail(r.email(), town, r.displayName(),
                        NotificationKind.INVOICE_TO_PAY.label(), title, town.publicBaseUrl() + link)));
            }
        }
        ports.invoiced().raise(notifications);
        if (!mails.isEmpty()) ports.outbox().enqueueAll(mails);
    }
}
