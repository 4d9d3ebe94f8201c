package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.PaidChildcare;
import fr.portailfamille.domain.bookings.ActivityKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** In memory, over the invoices of an {@link InMemoryInvoiceRepository}; children and activities registered by the test. */
public final class InMemoryChildcareTaxCertificates implements ChildcareTaxCertificates {

    private record Child(long id, long householdId, String name, LocalDate birthDate) {
    }

    private final InMemoryInvoiceRepository invoices;
    private final List<Child> children = new ArrayList<>();
    private final Map<String, ActivityKind> activities = new HashMap<>();
    private final Map<List<Long>, Long> documents = new HashMap<>();

    public InMemoryChildcareTaxCertificates(InMemoryInvoiceRepository invoices) {
        this.invoices = invoices;
    }

    public synchronized void addChild(long childId, long householdId, String name, LocalDate birthDate) {
        children.add(new Child(childId, householdId, name, birthDate));
    }

    public synchronized void addActivity(String name, ActivityKind kind) {
        activities.put(name, kind);
    }

    @Override
    public synchronized List<PaidChildcare> paidIn(int year) {
        var lines = new ArrayList<PaidChildcare>();
        for (Invoice invoice : invoices.search("", Optional.empty(), Integer.MAX_VALUE)) {
            if (invoice.payment() == null) continue;
            LocalDate paidOn = LocalDate.ofInstant(invoice.payment().paidAt(), TownZone.ZONE);
            if (paidOn.getYear() != year) continue;
            var all = new ArrayList<>(invoice.lines());
            invoices.creditNotes(invoice.number()).stream().filter(n -> n.issuedOn().getYear() <= year).forEach(n -> all.addAll(n.lines()));
            for (InvoiceLine line : all) {
                var child = children.stream().filter(c -> c.householdId() == invoice.householdId() && c.name().equals(line.childName()))
                        .min(Comparator.comparingLong(Child::id));
                lines.add(new PaidChildcare(invoice.householdId(), invoice.number().value(), child.map(Child::id).orElse(null), line.childName(),
                        child.map(Child::birthDate).orElse(null), activities.get(InvoiceLine.activityNameOf(line.prestation())), line.amount(),
                        invoice.payment().method(), paidOn));
            }
        }
        return lines;
    }

    @Override
    public synchronized Set<Long> certified(int year) {
        return documents.keySet().stream().filter(k -> k.get(1) == year).map(k -> k.get(0)).collect(Collectors.toSet());
    }

    @Override
    public synchronized boolean record(long householdId, int year, long documentId, Instant at, long issuedBy) {
        return documents.putIfAbsent(List.of(householdId, (long) year), documentId) == null;
    }
}
