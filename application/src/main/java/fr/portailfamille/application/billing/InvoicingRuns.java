package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.MonthlyBilling;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

// Long because: the invoicing run's life (draft, review, finalise in one locked transaction) is one state machine; to be split into one use case per verb (issue 25, façades).
/**
 * «Facturation mensuelle»: an agent starts a run for a régie and a month, computes the drafts (every household's
 * lines from the month's usage, its tariffs and quotients), reviews them, computes again if the usage changed, then
 * finalises: numbers from the régie's gap-free series, frozen lines, each household's parents told.
 *
 * <p>Finalisation is one transaction that first locks the run: finalising twice (a double click, two agents, a retry
 * after a crash) issues the invoices once; a crash before commit leaves neither invoice, number, notification nor
 * mail. It is set-based: one read of the drafts, one of the recipients, multi-row writes of invoices, lines,
 * notifications and mails — the mails leave through the outbox after the commit.
 */
public final class InvoicingRuns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record RunView(InvoicingRun run, CashOffice cashOffice) {
    }

    /** A household's draft with its name, for the review table. */
    public record DraftRow(InvoiceDraft draft, String householdName) {
        public Money total() {
            return draft.total();
        }
    }

    /**
     * @param paperInvoices how many of the run's invoices go on paper (households that did not choose them by mail)
     * @param notice        in French, what the agent should know before finalising (the month is not over); empty for nothing
     */
    public record Review(InvoicingRun run, CashOffice cashOffice, List<DraftRow> drafts, Money total, List<Invoice> invoices,
                         Map<Long, String> householdNames, int paperInvoices, String notice) {
    }

    public sealed interface Start {
        /** The month's draft: a new one, or the one already open (a régie has one draft per month). */
        record Started(InvoicingRun run) implements Start {
        }

        record Refused(String message) implements Start {
        }
    }

    /**
     * What finalising will do, for the agent to confirm first.
     *
     * @param paperlessMails the «Facture disponible» mails, PDF attached, to the accounts of the households without paper
     * @param paperInvoices  the invoices to print and post
     */
    public record Confirmation(InvoicingRun run, CashOffice cashOffice, int invoices, Money total, int paperlessMails, int paperInvoices) {
    }

    /** The run's paper invoices in one printable PDF. */
    public record PaperPrint(String fileName, byte[] content) {
    }

    public sealed interface Computed {
        record Done(int households, Money total) implements Computed {
        }

        /** In French: what stops the computation (a tariff missing for a day, …). */
        record Refused(List<String> problems) implements Computed {
        }
    }

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
    public InvoicingRuns(BillingPorts ports) {
        this(ports, AuditTrail.NOT_KEPT);
    }

    /** @param trail where each invoice issued is recorded in its household's trail (who finalised, when, from where) */
    public InvoicingRuns(BillingPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.trail = trail;
    }

    public List<InvoicingRun> runs(Actor actor, long cashOfficeId) {
        actor.requireStaff();
        return ports.invoices().runs(cashOfficeId);
    }

    /**
     * Opens the month's draft run: the one already open, if any, otherwise a new one — complementary when a run of
     * the month is final already (it will bill only the days no final invoice bills). A month not begun yet is refused.
     */
    public Start open(Actor actor, long cashOfficeId, YearMonth month) {
        actor.requireStaff();
        ports.cashOffices().find(cashOfficeId).orElseThrow(Actor.NotAllowed::new);
        if (month.isAfter(YearMonth.from(ports.today()))) {
            return new Start.Refused("Le mois " + ofMonth(month) + " n'a pas commencé : il se facture à partir du " + month.atDay(1).format(DAY) + ".");
        }
        return new Start.Started(ports.invoices().createRun(cashOfficeId, month, actor.accountId(), ports.clock().instant()));
    }

    /** {@link #open}, for callers whose month has begun (demo, bench, tests): a refusal is their bug. */
    public InvoicingRun start(Actor actor, long cashOfficeId, YearMonth month) {
        return switch (open(actor, cashOfficeId, month)) {
            case Start.Started started -> started.run();
            case Start.Refused refused -> throw new IllegalStateException(refused.message());
        };
    }

    /** «de décembre 2026», «d'octobre 2026». */
    static String ofMonth(YearMonth month) {
        String name = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));
        return ("aeiouéèêâô".indexOf(name.charAt(0)) >= 0 ? "d'" : "de ") + name;
    }

    /** Empty unless the month is not over: then what happens to the days booked after the finalisation. */
    private String notice(InvoicingRun run) {
        var today = ports.today();
        if (today.isAfter(run.month().atEndOfMonth())) return "";
        return "Le mois " + ofMonth(run.month()) + " n'est pas terminé : cette facturation compte les jours réservés jusqu'à sa finalisation, "
                + "y compris ceux à venir. Les jours réservés après seront facturés par une facturation complémentaire du même mois ; "
                + "un jour facturé puis annulé se corrige par un avoir.";
    }

    public RunView run(Actor actor, long runId) {
        actor.requireStaff();
        var run = ports.invoices().findRun(runId).orElseThrow(Actor.NotAllowed::new);
        return new RunView(run, ports.cashOffices().find(run.cashOfficeId()).orElseThrow());
    }

    /** Computes (again) the drafts of a run still in draft. */
    public Computed compute(Actor actor, long runId) {
        var view = run(actor, runId);
        if (view.run().isFinal()) return new Computed.Refused(List.of("Cette facturation est finalisée : elle ne se recalcule plus."));
        var run = view.run();
        // the days a final invoice already bills are not in the usage: a complementary run bills only the others
        var usage = ports.usage().usage(run.cashOfficeId(), run.month());
        var tariffs = ports.cashOffices().tariffs(run.cashOfficeId());
        var quotients = ports.quotientProvider().histories(usage.stream().map(BillableUsage.ChildUsage::householdId).collect(Collectors.toSet()));
        var problems = new ArrayList<String>();
        var lines = new TreeMap<Long, List<InvoiceLine>>();
        var days = new HashMap<Long, List<BilledDay>>();
        usage.stream()
                .sorted(Comparator.comparingLong(BillableUsage.ChildUsage::householdId).thenComparing(BillableUsage.ChildUsage::childName)
                        .thenComparing(BillableUsage.ChildUsage::activityName))
                .forEach(child -> lines.computeIfAbsent(child.householdId(), h -> new ArrayList<>())
                        .addAll(linesOf(child, run, tariffs, quotients.getOrDefault(child.householdId(), List.of()), problems,
                                days.computeIfAbsent(child.householdId(), h -> new ArrayList<>()))));
        if (!problems.isEmpty()) return new Computed.Refused(problems.stream().distinct().toList());
        var drafts = new ArrayList<InvoiceDraft>();
        lines.forEach((household, list) -> drafts.add(new InvoiceDraft(household, run.cashOfficeId(), run.month(), list, days.get(household))));
        ports.transactions().run(() -> {
            var locked = ports.invoices().lockRun(runId).orElseThrow();
            if (!locked.isFinal()) ports.invoices().replaceDrafts(runId, drafts, ports.clock().instant());
        });
        var billable = drafts.stream().filter(InvoiceDraft::isBillable).toList();
        return new Computed.Done(billable.size(), Money.sum(billable.stream().map(InvoiceDraft::total).toList()));
    }

    /**
     * One child's lines at one activity; the tariff that applies each day prices it (a new grid may start mid-month).
     * The days the lines count are added to {@code billed}. A complementary run's lines name their first and last day.
     */
    private static List<InvoiceLine> linesOf(BillableUsage.ChildUsage child, InvoicingRun run, List<Tariff> tariffs, List<FamilyQuotient> quotients,
                                             List<String> problems, List<BilledDay> billed) {
        var byTariff = new LinkedHashMap<Tariff, List<UsageFact>>();
        for (UsageFact fact : child.facts()) {
            var tariff = tariffs.stream().filter(t -> t.key().equals(child.tariffKey()) && t.grid().appliesOn(fact.date())).findFirst();
            if (tariff.isEmpty()) {
                problems.add("Aucun tarif « " + child.tariffKey() + " » (" + child.activityName() + ") ne s'applique le "
                        + fact.date().format(DAY) + " : ajoutez-le dans les tarifs de la régie.");
            } else {
                byTariff.computeIfAbsent(tariff.get(), t -> new ArrayList<>()).add(fact);
            }
        }
        var lines = new ArrayList<InvoiceLine>();
        byTariff.forEach((tariff, facts) -> {
            lines.addAll(MonthlyBilling.lines(child.activityName(), tariff.grid(), tariff.rules(), child.childName(), run.month(), facts, quotients,
                    !run.complementary()));
            tariff.rules().billableDays(facts).billed().forEach(day -> billed.add(new BilledDay(child.childId(), child.activityId(), day)));
        });
        return lines;
    }

    public Review review(Actor actor, long runId) {
        var view = run(actor, runId);
        var drafts = ports.invoices().drafts(runId);
        var invoices = view.run().isFinal() ? ports.invoices().ofRun(runId) : List.<Invoice>of();
        var ids = new java.util.HashSet<Long>();
        drafts.forEach(d -> ids.add(d.householdId()));
        invoices.forEach(i -> ids.add(i.householdId()));
        var names = householdNames(ids);
        var rows = drafts.stream().filter(InvoiceDraft::isBillable).map(d -> new DraftRow(d, names.get(d.householdId()))).toList();
        return new Review(view.run(), view.cashOffice(), rows, Money.sum(rows.stream().map(DraftRow::total).toList()), invoices, names,
                paper(invoices).size(), notice(view.run()));
    }

    /** How many invoices the run will issue, for how much, and how many go by mail or on paper. */
    public Confirmation confirmation(Actor actor, long runId) {
        var view = run(actor, runId);
        var drafts = ports.invoices().drafts(runId).stream().filter(InvoiceDraft::isBillable).toList();
        var households = drafts.stream().map(InvoiceDraft::householdId).collect(Collectors.toSet());
        var paperless = ports.invoiced().paperless(households);
        int mails = (int) ports.invoiced().recipients(paperless).stream().filter(InvoicedHouseholds.Recipient::paperless).count();
        return new Confirmation(view.run(), view.cashOffice(), drafts.size(), Money.sum(drafts.stream().map(InvoiceDraft::total).toList()), mails,
                households.size() - paperless.size());
    }

    /** Deletes a run still in draft (started by mistake, or empty); a final one stays: empty when deleted, else why not. */
    public java.util.Optional<String> deleteDraft(Actor actor, long runId) {
        var view = run(actor, runId);
        if (view.run().isFinal() || !ports.invoices().deleteDraft(runId)) {
            return java.util.Optional.of("Une facturation finalisée ne se supprime pas : ses factures se corrigent par des avoirs.");
        }
        return java.util.Optional.empty();
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
     * The final run's invoices for the households that get theirs on paper, in one PDF to print; empty when the run is
     * not final or every household is paperless.
     */
    public java.util.Optional<PaperPrint> paperPrint(Actor actor, long runId) {
        var view = run(actor, runId);
        if (!view.run().isFinal()) return java.util.Optional.empty();
        var paper = paper(ports.invoices().ofRun(runId));
        if (paper.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new PaperPrint("factures-papier-" + view.cashOffice().invoicePrefix() + "-" + view.run().month() + ".pdf",
                new InvoiceDocuments(ports).print(paper)));
    }

    private List<Invoice> paper(List<Invoice> invoices) {
        if (invoices.isEmpty()) return invoices;
        var paperless = ports.invoiced().paperless(invoices.stream().map(Invoice::householdId).collect(Collectors.toSet()));
        return invoices.stream().filter(i -> !paperless.contains(i.householdId())).toList();
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

    /** The households a run's drafts or invoices name, for exports: one read. */
    public Map<Long, String> householdNames(Set<Long> ids) {
        var names = new HashMap<Long, String>(ports.invoiced().names(ids));
        ids.forEach(id -> names.putIfAbsent(id, "Foyer " + id));
        return names;
    }
}
