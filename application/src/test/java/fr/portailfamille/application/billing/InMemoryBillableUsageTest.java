package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

class InMemoryBillableUsageTest extends BillableUsageContract {

    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryBillableUsage usage = new InMemoryBillableUsage(invoices);
    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private long next = 100;

    @Override
    protected BillableUsage usage() {
        return usage;
    }

    @Override
    protected InvoiceRepository invoices() {
        return invoices;
    }

    @Override
    protected CashOfficeRepository cashOffices() {
        return cashOffices;
    }

    @Override
    protected long newAgent() {
        return 1;
    }

    @Override
    protected Booked book(CashOffice office, YearMonth month, List<LocalDate> days) {
        var booked = new Booked(++next, ++next, 7);
        usage.add(office.id(), month, new BillableUsage.ChildUsage(booked.householdId(), booked.childId(), booked.activityId(), "Léa Dupont",
                "Accueil Périscolaire Soir", "PERI-SOIR", days.stream().map(d -> new UsageFact(d, UsageKind.BOOKED_AND_ATTENDED)).toList()));
        return booked;
    }
}
