package fr.portailfamille.application.workload;

import fr.portailfamille.application.workload.port.*;
import fr.portailfamille.application.billing.BillingFixtures;
import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.bookings.port.SlotRepository;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.Slot;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Contract of {@link WorkloadQueries}, the read model of the agents' home page: the slots of the days asked, by
 * activity name then day, with their places and waiting lists; the counts of the work waiting. The stores are filled
 * through their own ports, so the read model is checked against what the use cases write.
 */
public abstract class WorkloadQueriesContract {

    protected abstract WorkloadQueries queries();

    protected abstract ActivityRepository activities();

    protected abstract SlotRepository slots();

    protected abstract EnrolmentRepository enrolments();

    protected abstract CashOfficeRepository cashOffices();

    protected abstract InvoiceRepository invoices();

    protected abstract Transactions transactions();

    /** A stored child of some household. */
    protected abstract long aChild();

    /** A stored household. */
    protected abstract long aHousehold();

    /** A stored agent's account id. */
    protected abstract long anAgent();

    static final LocalDate TUESDAY = LocalDate.parse("2026-12-08");
    static final LocalDate THURSDAY = LocalDate.parse("2026-12-10");
    static final Instant EARLY = Instant.parse("2026-11-23T10:00:00Z");

    private Activity stored(Activity activity, LocalDate... days) {
        var a = activities().add(activity);
        slots().ensure(a, List.of(days));
        return a;
    }

    private void change(Activity activity, LocalDate day, Consumer<Slot> decision) {
        transactions().run(() -> {
            var slot = slots().lock(activity, BookingFixtures.calendar(), List.of(day)).getFirst();
            decision.accept(slot);
            slots().save(List.of(slot), EARLY);
        });
    }

    private static Optional<Enrolment> enrolled(long child, Activity activity) {
        return Optional.of(Enrolment.createdByAgent(child, activity.id(), activity.schoolYear(), EARLY).withId(child));
    }

    private static Workload.SlotLoad load(LocalDate day, Activity a, int booked, int capacity, int waiting, boolean closed) {
        return new Workload.SlotLoad(day, new Workload.Occupancy(a.id(), a.name(), booked, capacity, waiting, closed));
    }

    @Test
    void an_empty_portal_has_no_slot_and_nothing_waiting() {
        assertEquals(List.of(), queries().slots(TUESDAY, THURSDAY));
        assertEquals(new Workload.Counts(0, 0, 0, 0, 0, 0), queries().counts(TUESDAY));
    }

    @Test
    void the_slots_of_the_days_asked_come_by_activity_name_then_day_with_places_and_waiting_list() {
        var canteen = stored(BookingFixtures.canteen(), THURSDAY, TUESDAY, THURSDAY.plusDays(1));
        var morning = stored(BookingFixtures.withPlaces(BookingFixtures.morning(), 2, true), TUESDAY, THURSDAY, TUESDAY.minusDays(1));
        long a = aChild(), b = aChild(), c = aChild();
        change(morning, TUESDAY, slot -> List.of(a, b, c).forEach(child -> slot.book(child, EARLY, enrolled(child, morning))));
        change(canteen, THURSDAY, Slot::close);
        assertEquals(List.of(load(TUESDAY, morning, 2, 2, 1, false), load(THURSDAY, morning, 0, 2, 0, false),
                        load(TUESDAY, canteen, 0, 120, 0, false), load(THURSDAY, canteen, 0, 120, 0, true)),
                queries().slots(TUESDAY, THURSDAY), "«Accueil du matin» before «Restauration scolaire», both ends of the range included");
    }

    @Test
    void enrolment_requests_wait_for_a_decision_an_agents_enrolment_does_not() {
        var morning = stored(BookingFixtures.morning(), TUESDAY);
        enrolments().add(Enrolment.request(aChild(), morning.id(), morning.schoolYear(), EARLY));
        enrolments().add(Enrolment.request(aChild(), morning.id(), morning.schoolYear(), EARLY));
        enrolments().add(Enrolment.createdByAgent(aChild(), morning.id(), morning.schoolYear(), EARLY));
        assertEquals(2, queries().counts(TUESDAY).enrolmentsToDecide());
    }

    @Test
    void an_invoice_to_pay_is_overdue_the_day_after_its_due_date() {
        var office = cashOffices().add(BillingFixtures.periscolaire());
        var october = YearMonth.of(2026, 10);
        var run = invoices().createRun(office.id(), october, anAgent(), EARLY);
        var draft = new InvoiceDraft(aHousehold(), office.id(), october, List.of(InvoiceLine.of("Accueil Périscolaire Soir", "Léa", 2,
                Money.ofCents(455))));
        invoices().replaceDrafts(run.id(), List.of(draft), EARLY);
        var invoice = draft.finalise(office.invoiceNumber(october, 1), LocalDate.of(2026, 11, 2));
        invoices().issue(run.id(), List.of(invoice));
        invoices().markFinalised(run.id(), LocalDate.of(2026, 11, 2), anAgent(), EARLY);
        assertEquals(0, queries().counts(invoice.dueOn()).invoicesOverdue(), "due today: not yet overdue");
        assertEquals(1, queries().counts(invoice.dueOn().plusDays(1)).invoicesOverdue());
    }
}
