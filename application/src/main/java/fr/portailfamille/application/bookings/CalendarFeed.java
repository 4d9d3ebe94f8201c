package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.port.TokenGenerator;
import fr.portailfamille.domain.accounts.TokenHash;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.DayKind;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.Child;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * «Agenda en ligne»: a household turns on a private address that calendar applications subscribe to, with its
 * bookings of the school year. The token in the address is the only credential: 256 random bits, stored hashed,
 * shown once, revocable and renewable.
 */
public final class CalendarFeed {

    /** What a booked day the town closed says in calendar applications (with STATUS:CANCELLED). */
    public static final String CLOSED_PREFIX = "Fermé par la mairie – ";

    /**
     * One whole-day event; {@code uid} stays the same for the same booking from one download to the next.
     *
     * @param cancelled a day the town closed, which calendar applications strike out
     */
    public record Event(String uid, LocalDate day, String summary, String description, boolean cancelled) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(description, "description");
        }

        public Event(String uid, LocalDate day, String summary, String description) {
            this(uid, day, summary, description, false);
        }
    }

    /** What a subscribed calendar holds; the web adapter writes it as iCalendar. {@code stamp}: when it is produced. */
    public record Calendar(String name, List<Event> events, Instant stamp) {
        public Calendar {
            events = List.copyOf(events);
        }
    }

    private final BookingsPorts ports;
    private final CalendarFeedRepository feeds;
    private final TokenGenerator tokens;

    public CalendarFeed(BookingsPorts ports, CalendarFeedRepository feeds, TokenGenerator tokens) {
        this.ports = ports;
        this.feeds = feeds;
        this.tokens = tokens;
    }

    public boolean isOn(Actor actor) {
        return feeds.isOn(Family.of(ports, actor).householdId);
    }

    /** Turns the address on or renews it; returns the new token, which the portal cannot show again. */
    public String turnOn(Actor actor) {
        long household = Family.of(ports, actor).householdId;
        String token = tokens.newToken();
        ports.transactions().run(() -> feeds.turnOn(household, TokenHash.of(token), ports.clock().instant()));
        return token;
    }

    public void turnOff(Actor actor) {
        long household = Family.of(ports, actor).householdId;
        ports.transactions().run(() -> feeds.turnOff(household));
    }

    /** The calendar of the household this token opens; empty for an unknown or revoked token. */
    public Optional<Calendar> feed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        return feeds.householdOf(TokenHash.of(token)).map(this::calendarOf);
    }

    /**
     * The bookings of the school year in progress and of the next one: from June, families book September too, and
     * their calendar application must see it.
     */
    private Calendar calendarOf(long householdId) {
        var households = ports.households().households();
        Map<Long, Child> children = households.children(householdId).stream().collect(Collectors.toMap(Child::id, Function.identity()));
        // the school year in progress and the next one: in the summer, the family's September is already booked
        var year = SchoolYear.containing(ports.today());
        var from = year.firstDay();
        var to = year.next().lastDay();
        Map<SchoolYear, Optional<SchoolCalendar>> calendars = new HashMap<>();
        Map<Long, Optional<Activity>> activities = new HashMap<>();
        var bookings = ports.slots().bookingsOf(children.keySet(), from, to);
        Set<String> closedSlots = ports.slots().summaries(bookings.stream().map(PersonBooking::activityId).distinct().toList(), from, to)
                .stream().filter(SlotSummary::closed).map(s -> s.activityId() + "@" + s.day()).collect(Collectors.toSet());
        var events = bookings.stream().map(b -> {
            var activity = activities.computeIfAbsent(b.activityId(), id -> ports.activities().find(id));
            var calendar = calendars.computeIfAbsent(SchoolYear.containing(b.day()), ports.calendars()::find);
            var child = children.get(b.personId());
            String name = activity.map(Activity::name).orElse("Activité");
            String uid = b.personId() + "-" + b.activityId() + "-" + b.day() + "@portail-famille";
            String summary = name + " – " + child.firstNames() + (b.booked() ? "" : " (liste d'attente)");
            if (closedByTown(activity, calendar, closedSlots.contains(b.activityId() + "@" + b.day()), b.day())) {
                return new Event(uid, b.day(), CLOSED_PREFIX + summary, "La mairie a fermé ce jour : la réservation est annulée.", true);
            }
            return new Event(uid, b.day(), summary, b.booked() ? "Réservé" : "Sur liste d'attente, position " + b.waitingPosition());
        }).toList();
        return new Calendar("Réservations – Portail Famille", events, ports.clock().instant());
    }

    /** A day an agent closed for this activity, or a closure day of the school calendar entered after the booking. */
    private static boolean closedByTown(Optional<Activity> activity, Optional<SchoolCalendar> calendar, boolean slotClosed, java.time.LocalDate day) {
        if (slotClosed) return true;
        if (activity.isEmpty() || calendar.isEmpty() || !activity.get().schoolYear().contains(day)) return false;
        return calendar.get().dayKind(day) instanceof DayKind.Closed;
    }
}
