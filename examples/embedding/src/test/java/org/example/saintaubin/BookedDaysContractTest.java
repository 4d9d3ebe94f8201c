package org.example.saintaubin;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillableUsageContract;
import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.InMemoryCashOfficeRepository;
import fr.portailfamille.application.billing.InMemoryInvoiceRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.application.bookings.InMemoryActivityRepository;
import fr.portailfamille.application.bookings.InMemorySlotRepository;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.DeadlineRule;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Saint-Aubin's reading of the bookings keeps the promises of the portal's: each booked day once, with its child and its
 * activity, never a day a final invoice bills already. The bookings are made as the core makes them: the slot decides.
 */
class BookedDaysContractTest extends BillableUsageContract {

    /** Well before October's deadlines. */
    private static final Instant SEPTEMBER = Instant.parse("2026-09-01T08:00:00Z");

    private final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final InMemorySlotRepository slots = new InMemorySlotRepository();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();
    private final BookedDays usage = new BookedDays(cashOffices, activities, slots, households, invoices::isBilled);
    private Activity evenings;
    private long agents;

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
        return ++agents;
    }

    @Override
    protected Booked book(CashOffice office, YearMonth month, List<LocalDate> days) {
        if (evenings == null) evenings = activities.add(eveningsOf(office));
        var household = households.add(Household.named("FAMILLE" + households.ids().size()));
        var child = households.addChild(new Child(0, household.id(), household.name(), "Léa", LocalDate.of(2018, 3, 14), "", null));
        var enrolment = Optional.of(Enrolment.createdByAgent(child.id(), evenings.id(), evenings.schoolYear(), SEPTEMBER).withId(child.id()));
        slots.ensure(evenings, days);
        var booked = slots.lock(evenings, BookingFixtures.calendar(), days);
        booked.forEach(slot -> slot.book(child.id(), SEPTEMBER, enrolment));
        slots.save(booked, SEPTEMBER);
        return new Booked(household.id(), child.id(), evenings.id());
    }

    /** The régie's evening activity, priced «PERI-SOIR». */
    private static Activity eveningsOf(CashOffice office) {
        var a = BookingFixtures.morning();
        return new Activity(0, "Accueil Périscolaire Soir", a.kind(), a.unit(), a.weekdays(), a.schoolYear(), 20, false,
                DeadlineRule.of(BookingFixtures.J2_WORKING), DeadlineRule.of(BookingFixtures.J2_WORKING), office.invoicePrefix(), "PERI-SOIR",
                Set.of(), Set.of());
    }
}
