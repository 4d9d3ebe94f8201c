package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.CashOffice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agents read a régie's invoicing runs, one run with its régie, and the names of the households a run bills. Sibling
 * queries every run page starts from, under the same rule (staff only; an unknown run is not found).
 */
public final class ReadInvoicingRuns {

    public record RunView(InvoicingRun run, CashOffice cashOffice) {
    }

    private final BillingPorts ports;

    public ReadInvoicingRuns(BillingPorts ports) {
        this.ports = ports;
    }

    public List<InvoicingRun> runs(Actor actor, long cashOfficeId) {
        actor.requireStaff();
        return ports.invoices().runs(cashOfficeId);
    }

    public RunView run(Actor actor, long runId) {
        actor.requireStaff();
        var run = ports.invoices().findRun(runId).orElseThrow(Actor.NotAllowed::new);
        return new RunView(run, ports.cashOffices().find(run.cashOfficeId()).orElseThrow());
    }

    /** The households a run's drafts or invoices name, for exports: one read. */
    public Map<Long, String> householdNames(Set<Long> ids) {
        var names = new HashMap<Long, String>(ports.invoiced().names(ids));
        ids.forEach(id -> names.putIfAbsent(id, "Foyer " + id));
        return names;
    }
}
