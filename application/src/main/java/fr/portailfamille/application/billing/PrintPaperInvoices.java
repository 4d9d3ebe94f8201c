package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.Invoice;

import java.util.List;
import java.util.stream.Collectors;

/** An agent prints a final run's invoices for the households that get theirs on paper. */
public final class PrintPaperInvoices {

    /** The run's paper invoices in one printable PDF. */
    public record PaperPrint(String fileName, byte[] content) {
    }

    private final BillingPorts ports;
    private final ReadInvoicingRuns read;

    public PrintPaperInvoices(BillingPorts ports) {
        this.ports = ports;
        this.read = new ReadInvoicingRuns(ports);
    }

    /**
     * The final run's invoices for the households that get theirs on paper, in one PDF to print; empty when the run is
     * not final or every household is paperless.
     */
    public java.util.Optional<PaperPrint> paperPrint(Actor actor, long runId) {
        var view = read.run(actor, runId);
        if (!view.run().isFinal()) return java.util.Optional.empty();
        var paper = paper(ports, ports.invoices().ofRun(runId));
        if (paper.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new PaperPrint("factures-papier-" + view.cashOffice().invoicePrefix() + "-" + view.run().month() + ".pdf",
                new InvoiceDocuments(ports).print(paper)));
    }

    private List<Invoice> paper(List<Invoice> invoices) {
        if (invoices.isEmpty()) return invoices;
        var paperless = ports.invoiced().paperless(invoices.stream().map(Invoice::householdId).collect(Collectors.toSet()));
        return invoices.stream().filter(i -> !paperless.contains(i.householdId())).toList();
    }

    /** The invoices of households that did not choose paperless invoices. */
    static List<Invoice> paper(BillingPorts ports, List<Invoice> invoices) {
        if (invoices.isEmpty()) return invoices;
        var paperless = ports.invoiced().paperless(invoices.stream().map(Invoice::householdId).collect(Collectors.toSet()));
        return invoices.stream().filter(i -> !paperless.contains(i.householdId())).toList();
    }
}
