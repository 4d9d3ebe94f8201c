package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;

/** An agent deletes a run still in draft (started by mistake, or empty). */
public final class DeleteDraftRun {

    private final BillingPorts ports;
    private final ReadInvoicingRuns read;

    public DeleteDraftRun(BillingPorts ports) {
        this.ports = ports;
        this.read = new ReadInvoicingRuns(ports);
    }

    /** Deletes a run still in draft (started by mistake, or empty); a final one stays: empty when deleted, else why not. */
    public java.util.Optional<String> deleteDraft(Actor actor, long runId) {
        var view = read.run(actor, runId);
        if (view.run().isFinal() || !ports.invoices().deleteDraft(runId)) {
            return java.util.Optional.of("Une facturation finalisée ne se supprime pas : ses factures se corrigent par des avoirs.");
        }
        return java.util.Optional.empty();
    }

}
