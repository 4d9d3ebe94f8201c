package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.MonthlyBilling;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.common.Money;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An agent computes (again) the drafts of a run: every household's lines from the month's usage, its tariffs and
 * quotients. Computing again after the usage changed replaces the drafts.
 */
public final class ComputeInvoicingRun {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public sealed interface Computed {
        record Done(int households, Money total) implements Computed {
        }

        /** In French: what stops the computation (a tariff missing for a day, …). */
        record Refused(List<String> problems) implements Computed {
        }
    }

    private final BillingPorts ports;
    private final ReadInvoicingRuns read;

    public ComputeInvoicingRun(BillingPorts ports) {
        this.ports = ports;
        this.read = new ReadInvoicingRuns(ports);
    }

    /** Computes (again) the drafts of a run still in draft. */
    public Computed compute(Actor actor, long runId) {
        var view = read.run(actor, runId);
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

}
