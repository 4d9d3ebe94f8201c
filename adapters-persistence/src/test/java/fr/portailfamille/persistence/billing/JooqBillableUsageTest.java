package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillableUsageContract;
import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

class JooqBillableUsageTest extends BillableUsageContract {

    private final Db db = TestDatabase.fresh();
    private final BookingRows bookings = new BookingRows(db);
    private Long activity;
    private int families;

    @Override
    protected BillableUsage usage() {
        return new JooqBillableUsage(db);
    }

    @Override
    protected InvoiceRepository invoices() {
        return new JooqInvoiceRepository(db);
    }

    @Override
    protected CashOfficeRepository cashOffices() {
        return new JooqCashOfficeRepository(db);
    }

    @Override
    protected long newAgent() {
        return BillingRows.account(db, Role.AGENT);
    }

    @Override
    protected Booked book(CashOffice office, YearMonth month, List<LocalDate> days) {
        if (activity == null) activity = bookings.eveningActivity(office.invoicePrefix());
        long[] family = bookings.family("FAMILLE" + (++families));
        days.forEach(day -> bookings.book(activity, family[1], day, false));
        return new Booked(family[0], family[1], activity);
    }
}
