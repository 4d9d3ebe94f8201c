package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.common.Money;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An agent reviews a run's drafts (or its invoices once final) and, before finalising, what finalising will do.
 * The review and the confirmation stay together: the same drafts, read twice on the way to «Finaliser».
 */
public final class ReviewInvoicingRun {

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

    /**
     * What finalising will do, for the agent to confirm first.
     *
     * @param paperlessMails the «Facture disponible» mails, PDF attached, to the accounts of the households without paper
     * @param paperInvoices  the invoices to print and post
     */
    public record Confirmation(InvoicingRun run, CashOffice cashOffice, int invoices, Money total, int paperlessMails, int paperInvoices) {
    }

    private final BillingPorts ports;
    private final ReadInvoicingRuns read;

    public ReviewInvoicingRun(BillingPorts ports) {
        this.ports = ports;
        this.read = new ReadInvoicingRuns(ports);
    }

    public Review review(Actor actor, long runId) {
        var view = read.run(actor, runId);
        var drafts = ports.invoices().drafts(runId);
        var invoices = view.run().isFinal() ? ports.invoices().ofRun(runId) : List.<Invoice>of();
        var ids = new java.util.HashSet<Long>();
        drafts.forEach(d -> ids.add(d.householdId()));
        invoices.forEach(i -> ids.add(i.householdId()));
        var names = read.householdNames(ids);
        var rows = drafts.stream().filter(InvoiceDraft::isBillable).map(d -> new DraftRow(d, names.get(d.householdId()))).toList();
        return new Review(view.run(), view.cashOffice(), rows, Money.sum(rows.stream().map(DraftRow::total).toList()), invoices, names,
                PrintPaperInvoices.paper(ports, invoices).size(), notice(view.run()));
    }

    /** How many invoices the run will issue, for how much, and how many go by mail or on paper. */
    public Confirmation confirmation(Actor actor, long runId) {
        var view = read.run(actor, runId);
        var drafts = ports.invoices().drafts(runId).stream().filter(InvoiceDraft::isBillable).toList();
        var households = drafts.stream().map(InvoiceDraft::householdId).collect(Collectors.toSet());
        var paperless = ports.invoiced().paperless(households);
        int mails = (int) ports.invoiced().recipients(paperless).stream().filter(InvoicedHouseholds.Recipient::paperless).count();
        return new Confirmation(view.run(), view.cashOffice(), drafts.size(), Money.sum(drafts.stream().map(InvoiceDraft::total).toList()), mails,
                households.size() - paperless.size());
    }

    /** Empty unless the month is not over: then what happens to the days booked after the finalisation. */
    private String notice(InvoicingRun run) {
        var today = ports.today();
        if (today.isAfter(run.month().atEndOfMonth())) return "";
        return "Le mois " + OpenInvoicingRun.ofMonth(run.month()) + " n'est pas terminé : cette facturation compte les jours réservés jusqu'à sa finalisation, "
                + "y compris ceux à venir. Les jours réservés après seront facturés par une facturation complémentaire du même mois ; "
                + "un jour facturé puis annulé se corrige par un avoir.";
    }

}
