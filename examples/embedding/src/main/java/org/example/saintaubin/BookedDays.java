package org.example.saintaubin;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.bookings.BookingRecord;
import fr.portailfamille.application.bookings.port.SlotRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Saint-Aubin's seam between bookings and billing: a régie bills the days its activities' bookings say. The town keeps
 * no attendance register, so a kept booking counts as attended; a cancellation counts as the activity's rules say. A day
 * a final invoice bills already is left out, so a second run of the month bills only what the first one did not.
 * (The portal's jOOQ adapter does the same in SQL, with registers, closures and medical absences.)
 */
public final class BookedDays implements BillableUsage {

    private final CashOfficeRepository cashOffices;
    private final ActivityRepository activities;
    private final SlotRepository slots;
    private final HouseholdRepository households;
    private final Predicate<BilledDay> billed;

    /** {@code billed}: whether a final invoice bills that day (the town's invoice store knows). */
    public BookedDays(CashOfficeRepository cashOffices, ActivityRepository activities, SlotRepository slots, HouseholdRepository households,
                      Predicate<BilledDay> billed) {
        this.cashOffices = cashOffices;
        this.activities = activities;
        this.slots = slots;
        this.households = households;
        this.billed = billed;
    }

    @Override
    public List<ChildUsage> usage(long cashOfficeId, YearMonth month) {
        var office = cashOffices.find(cashOfficeId);
        if (office.isEmpty()) return List.of();
        var ofOffice = new LinkedHashMap<Long, Activity>();
        for (Activity a : activities.ofYear(SchoolYear.containing(month.atDay(1)))) {
            if (a.cashOfficeId().equals(office.get().invoicePrefix()) || a.cashOfficeId().equals(Long.toString(cashOfficeId))) ofOffice.put(a.id(), a);
        }
        Map<String, List<UsageFact>> facts = new LinkedHashMap<>();
        Map<String, BookingRecord> first = new LinkedHashMap<>();
        for (BookingRecord r : slots.records(ofOffice.keySet(), month.atDay(1), month.atEndOfMonth())) {
            if (r.status() == BookingRecord.Status.WAITING || billed.test(new BilledDay(r.personId(), r.activityId(), r.day()))) continue;
            String key = r.personId() + "/" + r.activityId();
            first.putIfAbsent(key, r);
            facts.computeIfAbsent(key, k -> new ArrayList<>()).add(new UsageFact(r.day(), kind(r)));
        }
        var usage = new ArrayList<ChildUsage>();
        first.forEach((key, r) -> {
            var child = households.findChild(r.personId()).orElseThrow();
            var activity = ofOffice.get(r.activityId());
            usage.add(new ChildUsage(child.householdId(), child.id(), activity.id(), child.firstNames() + " " + child.lastName(), activity.name(),
                    activity.priceCategory(), facts.get(key)));
        });
        return usage;
    }

    private static UsageKind kind(BookingRecord r) {
        if (r.status() == BookingRecord.Status.CANCELLED) {
            return Boolean.TRUE.equals(r.cancelledLate()) ? UsageKind.CANCELLED_LATE : UsageKind.CANCELLED_IN_TIME;
        }
        return r.bookedLate() ? UsageKind.BOOKED_LATE : UsageKind.BOOKED_AND_ATTENDED;
    }
}
