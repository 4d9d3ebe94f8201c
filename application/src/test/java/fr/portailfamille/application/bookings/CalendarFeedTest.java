package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.SequenceTokenGenerator;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A household's private calendar address: its own bookings, a token that can be renewed and revoked. */
class CalendarFeedTest {

    final InMemoryBookingsPorts memory = new InMemoryBookingsPorts();
    final BookingsPorts ports = memory.ports;
    final Actor dupont = memory.account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor martin = memory.account("MARTIN", "paul@exemple.fr", Role.PARENT);
    final Actor agent = memory.account("ROUSSEL", "agent@mairie.fr", Role.AGENT);
    final CalendarFeed feed = new CalendarFeed(ports, new InMemoryCalendarFeedRepository(), new SequenceTokenGenerator());

    @Test
    void the_address_serves_the_households_bookings_until_renewed_or_turned_off() {
        Activity morning = morning();
        long lea = memory.child(dupont, "Léa", true);
        long paul = memory.child(martin, "Paul", true);
        new DecideEnrolment(ports).enrol(agent, lea, morning.id());
        new DecideEnrolment(ports).enrol(agent, paul, morning.id());
        var submit = new SubmitBookings(ports);
        submit.submit(dupont, List.of(new SubmitBookings.Item(lea, morning.id(), LocalDate.parse("2026-12-08"), false)));
        submit.submit(martin, List.of(new SubmitBookings.Item(paul, morning.id(), LocalDate.parse("2026-12-10"), false)));

        assertFalse(feed.isOn(dupont));
        String token = feed.turnOn(dupont);
        assertTrue(feed.isOn(dupont));
        var calendar = feed.feed(token).orElseThrow();
        assertEquals(List.of(LocalDate.parse("2026-12-08")), days(calendar), "not another household's booking");
        var event = event(calendar, "2026-12-08");
        assertEquals("Accueil du matin – Léa", event.summary());
        assertEquals(lea + "-" + morning.id() + "-2026-12-08@portail-famille", event.uid());
        assertEquals(calendar.events(), feed.feed(token).orElseThrow().events(), "stable");

        String renewed = feed.turnOn(dupont);
        assertNotEquals(token, renewed);
        assertEquals(Optional.empty(), feed.feed(token), "the old address stops working");
        assertTrue(feed.feed(renewed).isPresent());
        feed.turnOff(dupont);
        assertEquals(Optional.empty(), feed.feed(renewed));
        assertEquals(Optional.empty(), feed.feed(""));
        assertEquals(Optional.empty(), feed.feed("inconnu"));
    }

    @Test
    void a_booked_day_the_town_closed_is_cancelled_in_the_calendar() {
        Activity morning = morning();
        long lea = memory.child(dupont, "Léa", true);
        new DecideEnrolment(ports).enrol(agent, lea, morning.id());
        new SubmitBookings(ports).submit(dupont, List.of(new SubmitBookings.Item(lea, morning.id(), LocalDate.parse("2026-12-08"), false),
                new SubmitBookings.Item(lea, morning.id(), LocalDate.parse("2026-12-10"), false)));
        String token = feed.turnOn(dupont);
        assertFalse(feed.feed(token).orElseThrow().events().stream().anyMatch(CalendarFeed.Event::cancelled), "nothing closed yet");

        new ManageSlots(ports).close(agent, morning.id(), LocalDate.parse("2026-12-08"));

        var calendar = feed.feed(token).orElseThrow();
        var closed = event(calendar, "2026-12-08");
        assertEquals("Fermé par la mairie – Accueil du matin – Léa", closed.summary());
        assertTrue(closed.cancelled(), closed.toString());
        assertNotEquals("Réservé", closed.description());
        var open = event(calendar, "2026-12-10");
        assertTrue(open.summary().equals("Accueil du matin – Léa") && !open.cancelled(), open.toString());
    }

    @Test
    void fetched_in_the_night_clocks_go_forward_the_days_around_it_stay_the_booked_days_and_the_stamp_is_the_clock() {
        Activity morning = morning();
        long lea = memory.child(dupont, "Léa", true);
        new DecideEnrolment(ports).enrol(agent, lea, morning.id());
        // Friday before the night of 27 to 28 March 2027, and the Tuesday after Easter Monday
        new SubmitBookings(ports).submit(dupont, List.of(new SubmitBookings.Item(lea, morning.id(), LocalDate.parse("2027-03-26"), false),
                new SubmitBookings.Item(lea, morning.id(), LocalDate.parse("2027-03-30"), false)));
        String token = feed.turnOn(dupont);
        memory.accounts.clock.advance(java.time.Duration.between(memory.accounts.clock.instant(), java.time.Instant.parse("2027-03-28T01:30:00Z")));

        // how whole days and the stamp are written across the clock change: ICalendarTest in the web adapter
        var calendar = feed.feed(token).orElseThrow();
        assertEquals(List.of(LocalDate.parse("2027-03-26"), LocalDate.parse("2027-03-30")), days(calendar), "Easter Monday: nothing booked");
        assertEquals(java.time.Instant.parse("2027-03-28T01:30:00Z"), calendar.stamp());
    }

    Activity morning() {
        return assertInstanceOf(ManageActivities.Result.Saved.class, new ManageActivities(ports).save(agent, null, new ManageActivities.Command(
                "2026-2027", "Accueil du matin", "ACCUEIL_MATIN", "SESSION", List.of("1", "2", "4", "5"), "30", true,
                BookingFixtures.J2_WORKING, BookingFixtures.J2_WORKING, "REGIE", "MATIN"))).activity();
    }

    /** The event of this day. */
    static CalendarFeed.Event event(CalendarFeed.Calendar calendar, String day) {
        return calendar.events().stream().filter(e -> e.day().equals(LocalDate.parse(day))).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + day + ": " + calendar));
    }

    static List<LocalDate> days(CalendarFeed.Calendar calendar) {
        return calendar.events().stream().map(CalendarFeed.Event::day).sorted().toList();
    }
}
