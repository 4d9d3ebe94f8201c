package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.domain.bookings.BookingDecision;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.domain.households.Household;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The rush: 1,000 families book the same 20-place day at the same moment, each in its own transaction on a pool of 32.
 * Exactly 20 get a place, 980 wait, and what each was told matches what is stored: places went to the first 20 to
 * be served, waiting positions 1…980 follow the order of service.
 */
class SlotConcurrencyTest {

    static final int REQUESTS = 1_000;
    static final int PLACES = 20;
    static final LocalDate DAY = LocalDate.parse("2026-12-08");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void a_thousand_parallel_requests_on_twenty_places() throws Exception {
        Db db = TestDatabase.fresh();
        var activities = new JooqActivityRepository(db);
        var slots = new JooqSlotRepository(db);
        var activity = activities.add(BookingFixtures.withPlaces(BookingFixtures.morning(), PLACES, true));
        slots.ensure(activity, List.of(DAY));
        var calendar = BookingFixtures.calendar();
        // the 1,000 children in one statement (one by one takes seconds)
        long household = new JooqHouseholdRepository(db).add(Household.named("ESSAI")).id();
        var insert = db.dsl().insertInto(CHILD, CHILD.HOUSEHOLD_ID, CHILD.LAST_NAME, CHILD.FIRST_NAMES, CHILD.BIRTH_DATE);
        for (int i = 1; i <= REQUESTS; i++) insert = insert.values(household, "Essai", "Enfant " + i, LocalDate.of(2018, 1, 1));
        List<Long> persons = insert.returningResult(CHILD.ID).fetch(CHILD.ID);
        long started = System.nanoTime();

        Map<Long, BookingDecision> told = new ConcurrentHashMap<>();
        var start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (long person : persons) {
                futures.add(pool.submit(() -> {
                    start.await();
                    db.run(() -> {
                        // the parents' path: the view of this one child's request, not the whole slot
                        var slot = slots.lockFor(activity, calendar, List.of(DAY), List.of(person), Map.of()).getFirst();
                        var decision = slot.book(person, NOW, Optional.of(Enrolment.createdByAgent(person, activity.id(), activity.schoolYear(), NOW)));
                        slots.save(List.of(slot), NOW);
                        told.put(person, decision);
                    });
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) f.get();
        }
        System.out.printf("%d booking transactions on one slot in %d ms%n", REQUESTS, (System.nanoTime() - started) / 1_000_000);

        assertEquals(PLACES, db.dsl().select(SLOT.BOOKED).from(SLOT).fetchOne(SLOT.BOOKED));
        assertEquals(REQUESTS - PLACES, db.dsl().select(SLOT.WAITING).from(SLOT).fetchOne(SLOT.WAITING));
        var rows = db.dsl().selectFrom(BOOKING).orderBy(BOOKING.ID).fetch();
        assertEquals(REQUESTS, rows.size());
        var booked = rows.stream().filter(r -> r.getStatus().name().equals("BOOKED")).toList();
        var waiting = rows.stream().filter(r -> r.getStatus().name().equals("WAITING")).toList();
        assertEquals(PLACES, booked.size());
        assertEquals(REQUESTS - PLACES, waiting.size());

        // what each family was told is what is stored
        booked.forEach(r -> assertInstanceOf(BookingDecision.Booked.class, told.get(r.getChildId())));
        for (int i = 0; i < waiting.size(); i++) {
            assertEquals(new BookingDecision.Waitlisted(i + 1), told.get(waiting.get(i).getChildId()), "position " + (i + 1));
        }
        // order of service kept: every place was given before the first waiting entry was written
        long lastBooked = booked.stream().map(r -> r.getId()).max(Comparator.naturalOrder()).orElseThrow();
        long firstWaiting = waiting.stream().map(r -> r.getId()).min(Comparator.naturalOrder()).orElseThrow();
        assertEquals(true, lastBooked < firstWaiting, "the 20 places went to the first 20 served");
    }
}
