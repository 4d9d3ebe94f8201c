package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.CellState;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.EnrolmentStatus;
import fr.portailfamille.domain.bookings.RefusalReason;
import fr.portailfamille.domain.households.MissingItem;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A family enrols, sees its planning, books and cancels; the town decides, changes places; waiting children are promoted and told. */
class BookingJourneyTest {

    static final LocalDate TUESDAY_8 = LocalDate.parse("2026-12-08");
    static final LocalDate THURSDAY_10 = LocalDate.parse("2026-12-10");
    /** Its J-2 working-day deadline was Wednesday 18 November at noon. */
    static final LocalDate FRIDAY_20_NOVEMBER = LocalDate.parse("2026-11-20");

    final InMemoryBookingsPorts memory = new InMemoryBookingsPorts();
    final BookingsPorts ports = memory.ports;
    final Actor dupont = memory.account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor martin = memory.account("MARTIN", "paul@exemple.fr", Role.PARENT);
    final Actor agent = memory.account("ROUSSEL", "agent@mairie.fr", Role.AGENT);
    final RequestEnrolment request = new RequestEnrolment(ports);
    final DecideEnrolment decide = new DecideEnrolment(ports);
    final ShowCalendar calendar = new ShowCalendar(ports);
    final SubmitBookings submit = new SubmitBookings(ports);
    final ApplyTypicalWeek typicalWeek = new ApplyTypicalWeek(ports);
    final ManageSlots slots = new ManageSlots(ports);
    final ManageActivities activities = new ManageActivities(ports);

    Activity morning(int places) {
        var result = activities.save(agent, null, new ManageActivities.Command("2026-2027", "Accueil du matin", "ACCUEIL_MATIN", "SESSION",
                List.of("1", "2", "4", "5"), Integer.toString(places), true, BookingFixtures.J2_WORKING, BookingFixtures.J2_WORKING, "REGIE-ENFANCE", "MATIN"));
        return assertInstanceOf(ManageActivities.Result.Saved.class, result).activity();
    }

    long enrolled(Actor parent, String name, Activity activity) {
        long child = memory.child(parent, name, true);
        var requested = assertInstanceOf(RequestEnrolment.Result.Requested.class, request.request(parent, child, activity.id()));
        decide.accept(agent, requested.enrolment().id());
        return child;
    }

    static SubmitBookings.Item book(long child, Activity a, LocalDate day) {
        return new SubmitBookings.Item(child, a.id(), day, false);
    }

    static SubmitBookings.Item cancel(long child, Activity a, LocalDate day) {
        return new SubmitBookings.Item(child, a.id(), day, true);
    }

    List<String> notifications(Actor actor, NotificationKind kind) {
        return memory.notifications.latest(actor).stream().filter(n -> n.kind() == kind).map(n -> n.title()).toList();
    }

    @Test
    void an_activity_needs_the_calendar_and_rules_in_the_grammar() {
        var refused = assertInstanceOf(ManageActivities.Result.Invalid.class, activities.save(agent, null, new ManageActivities.Command("2027-2028", "",
                "X", "SESSION", List.of(), "0", true, "J-2 avant midi", "", "REGIE", "MATIN"))).errors().asMap();
        assertTrue(refused.get("schoolYear").contains("2027-2028"), refused.toString());
        assertTrue(refused.get("bookingRule").startsWith("Règle de délai non reconnue : « J-2 avant midi »"), refused.toString());
        assertEquals(List.of("schoolYear", "name", "kind", "weekdays", "capacity", "bookingRule", "cancellationRule"), List.copyOf(refused.keySet()));
        var activity = morning(30);
        assertEquals(activity.slotDates(BookingFixtures.calendar()).size(),
                memory.slots.summaries(List.of(activity.id()), LocalDate.parse("2026-09-01"), LocalDate.parse("2027-08-31")).size(), "the year's slots");
        assertThrows(Actor.NotAllowed.class, () -> activities.list(dupont, BookingFixtures.YEAR));
    }

    @Test
    void an_incomplete_child_cannot_ask_for_an_enrolment_and_the_calendar_says_what_is_missing() {
        var activity = morning(30);
        long hugo = memory.child(dupont, "Hugo", false);
        var refused = assertInstanceOf(RequestEnrolment.Result.Refused.class, request.request(dupont, hugo, activity.id()));
        assertEquals(RequestEnrolment.DOSSIER_INCOMPLETE.formatted("Hugo"), refused.message());
        var view = calendar.show(dupont, new ShowCalendar.Query(ShowCalendar.Period.MONTH, TUESDAY_8, null, null));
        assertEquals(List.of(), view.grids());
        var status = view.children().getFirst();
        assertFalse(status.complete());
        assertEquals(List.of(MissingItem.Kind.MEDICAL, MissingItem.Kind.VACCINATIONS, MissingItem.Kind.EMERGENCY_CONTACT),
                status.missing().stream().map(i -> i.kind()).toList());
        assertTrue(status.missing().get(1).href().endsWith("fiche-sanitaire#vaccinations"));
    }

    @Test
    void the_town_accepts_or_refuses_with_a_reason_and_the_family_is_told() {
        var activity = morning(30);
        long lea = memory.child(dupont, "Léa", true);
        var pending = assertInstanceOf(RequestEnrolment.Result.Requested.class, request.request(dupont, lea, activity.id())).enrolment();
        assertEquals(EnrolmentStatus.PENDING, pending.status());
        assertInstanceOf(RequestEnrolment.Result.Refused.class, request.request(dupont, lea, activity.id()), "asked twice");
        assertEquals(List.of(pending.id()), decide.pending(agent).stream().map(p -> p.enrolment().id()).toList());
        assertThrows(Actor.NotAllowed.class, () -> decide.pending(dupont));
        assertEquals(Enrolment.REASON_REQUIRED, decide.refuse(agent, pending.id(), " ").asMap().get("reason"));
        assertTrue(decide.refuse(agent, pending.id(), "Plus de place le matin").isEmpty());
        var line = request.view(dupont, BookingFixtures.YEAR).children().getFirst().enrolments().getFirst();
        assertEquals("Refusée : Plus de place le matin", line.enrolment().statusInWords());
        assertEquals(1, notifications(dupont, NotificationKind.ENROLMENT_DECISION).size());
        assertTrue(notifications(dupont, NotificationKind.ENROLMENT_DECISION).getFirst().contains("refusée : Plus de place le matin"));
        decide.accept(agent, pending.id());
        assertEquals(2, notifications(dupont, NotificationKind.ENROLMENT_DECISION).size());
        assertThrows(Actor.NotAllowed.class, () -> request.request(martin, lea, activity.id()), "another family's child");
    }

    @Test
    void the_month_shows_each_cell_in_words_with_the_rules() {
        var activity = morning(1);
        long lea = enrolled(dupont, "Léa", activity);
        long paul = enrolled(martin, "Paul", activity);
        submit.submit(martin, List.of(book(paul, activity, THURSDAY_10)));
        submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8)));
        var view = calendar.show(dupont, new ShowCalendar.Query(ShowCalendar.Period.MONTH, LocalDate.parse("2026-12-15"), null, null));
        assertEquals("décembre 2026", view.periodLabel());
        var grid = view.grids().getFirst();
        assertEquals("Réservation au plus tard 2 jours ouvrés avant, avant 12 h (hors week-ends et jours fériés)", grid.bookingRule());
        Map<LocalDate, ShowCalendar.Cell> cells = grid.weeks().stream().flatMap(List::stream).filter(ShowCalendar.Cell::inPeriod)
                .collect(Collectors.toMap(ShowCalendar.Cell::day, c -> c));
        assertEquals(CellState.BOOKED, cells.get(TUESDAY_8).state());
        assertEquals(ShowCalendar.Action.CANCEL, cells.get(TUESDAY_8).action());
        assertEquals(CellState.FULL, cells.get(THURSDAY_10).state());
        assertEquals(ShowCalendar.Action.JOIN_WAITING_LIST, cells.get(THURSDAY_10).action());
        assertEquals(CellState.BOOKABLE, cells.get(LocalDate.parse("2026-12-11")).state());
        assertEquals(CellState.NO_ACTIVITY, cells.get(LocalDate.parse("2026-12-09")).state(), "a Wednesday");
        assertEquals(CellState.HOLIDAY, cells.get(LocalDate.parse("2026-12-21")).state());
        assertEquals("Vacances de Noël", cells.get(LocalDate.parse("2026-12-21")).detail());
        assertEquals(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY), view.columns());
        var november = calendar.show(dupont, new ShowCalendar.Query(ShowCalendar.Period.WEEK, FRIDAY_20_NOVEMBER, lea, activity.id()));
        assertEquals(CellState.DEADLINE_PASSED, november.grids().getFirst().weeks().getFirst().get(4).state());
        assertEquals(LocalDate.parse("2026-11-16"), november.from());
        assertThrows(Actor.NotAllowed.class, () -> calendar.show(dupont, new ShowCalendar.Query(ShowCalendar.Period.DAY, TUESDAY_8, paul, null)));
    }

    @Test
    void bookings_and_cancellations_are_applied_together_each_with_its_answer() {
        var activity = morning(1);
        long lea = enrolled(dupont, "Léa", activity);
        long hugo = enrolled(dupont, "Hugo", activity);
        assertEquals(SubmitBookings.Kind.DONE, submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8))).outcomes().getFirst().kind());
        var result = submit.submit(dupont, List.of(
                cancel(lea, activity, TUESDAY_8),
                book(hugo, activity, TUESDAY_8),
                book(lea, activity, THURSDAY_10),
                book(hugo, activity, THURSDAY_10),
                book(lea, activity, FRIDAY_20_NOVEMBER),
                book(lea, activity, LocalDate.parse("2026-12-23")),
                cancel(hugo, activity, LocalDate.parse("2026-12-11"))));
        var outcomes = result.outcomes();
        assertEquals(List.of(SubmitBookings.Kind.DONE, SubmitBookings.Kind.DONE, SubmitBookings.Kind.DONE, SubmitBookings.Kind.WAITLISTED,
                SubmitBookings.Kind.REFUSED, SubmitBookings.Kind.REFUSED, SubmitBookings.Kind.REFUSED), outcomes.stream().map(o -> o.kind()).toList());
        assertEquals("Complet : placé sur liste d'attente (position 1).", outcomes.get(3).message());
        assertTrue(outcomes.get(4).message().startsWith(RefusalReason.BOOKING_DEADLINE_PASSED.message() + " ")
                && outcomes.get(4).message().contains(" : pour le vendredi 20 novembre 2026, c'était au plus tard le "), outcomes.get(4).message());
        assertEquals(RefusalReason.HOLIDAY.message(), outcomes.get(5).message());
        assertEquals(RefusalReason.NOT_BOOKED.message(), outcomes.get(6).message());
        assertEquals("Hugo", outcomes.get(1).childName());
        assertEquals("mardi 8 décembre 2026", outcomes.get(1).dayLabel());
        assertEquals(List.of(hugo), memory.slots.lock(activity, BookingFixtures.calendar(), List.of(TUESDAY_8)).getFirst().booked());
    }

    @Test
    void a_child_without_accepted_enrolment_or_with_an_incomplete_dossier_is_refused_and_another_family_gets_a_404() {
        var activity = morning(5);
        long lea = memory.child(dupont, "Léa", true);
        long hugo = memory.child(dupont, "Hugo", false);
        long paul = enrolled(martin, "Paul", activity);
        var outcomes = submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8), book(hugo, activity, TUESDAY_8))).outcomes();
        assertEquals(RefusalReason.NOT_ENROLLED.message(), outcomes.get(0).message());
        assertTrue(outcomes.get(1).message().startsWith("Le dossier de Hugo est incomplet (Informations médicales"), outcomes.get(1).message());
        assertThrows(Actor.NotAllowed.class, () -> submit.submit(dupont, List.of(cancel(paul, activity, TUESDAY_8))));
    }

    @Test
    void a_freed_place_goes_to_the_first_waiting_child_whose_family_is_told_by_notification_and_mail() {
        var activity = morning(1);
        long lea = enrolled(dupont, "Léa", activity);
        long paul = enrolled(martin, "Paul", activity);
        submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8)));
        assertEquals(SubmitBookings.Kind.WAITLISTED, submit.submit(martin, List.of(book(paul, activity, TUESDAY_8))).outcomes().getFirst().kind());
        int mails = memory.accounts.outbox.latest(100).size();
        submit.submit(dupont, List.of(cancel(lea, activity, TUESDAY_8)));
        assertEquals(List.of("Place obtenue pour Paul : Accueil du matin, le mardi 8 décembre 2026. La réservation est faite."),
                notifications(martin, NotificationKind.WAITING_LIST_PROMOTION));
        assertEquals(mails + 1, memory.accounts.outbox.latest(100).size());
        assertEquals("paul@exemple.fr", memory.accounts.outbox.latest(1).getFirst().mail().to());
        assertEquals(List.of(paul), memory.slots.lock(activity, BookingFixtures.calendar(), List.of(TUESDAY_8)).getFirst().booked());
    }

    @Test
    void more_places_promote_in_order_and_a_closed_day_refuses() {
        var activity = morning(1);
        long lea = enrolled(dupont, "Léa", activity);
        long hugo = enrolled(dupont, "Hugo", activity);
        long paul = enrolled(martin, "Paul", activity);
        submit.submit(martin, List.of(book(paul, activity, TUESDAY_8)));
        submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8), book(hugo, activity, TUESDAY_8)));
        assertEquals(List.of("Léa", "Hugo"), slots.detail(agent, activity.id(), TUESDAY_8).waiting().stream().map(c -> c.firstNames()).toList());
        assertEquals(new ManageSlots.CapacityChange.Changed(1), slots.changeCapacity(agent, activity.id(), TUESDAY_8, "2"));
        var detail = slots.detail(agent, activity.id(), TUESDAY_8);
        assertEquals(List.of("Paul", "Léa"), detail.booked().stream().map(c -> c.firstNames()).toList());
        assertEquals(List.of("Hugo"), detail.waiting().stream().map(c -> c.firstNames()).toList());
        assertEquals(1, notifications(dupont, NotificationKind.WAITING_LIST_PROMOTION).size());
        assertInstanceOf(ManageSlots.CapacityChange.Invalid.class, slots.changeCapacity(agent, activity.id(), TUESDAY_8, "beaucoup"));
        assertEquals(new ManageSlots.CapacityChange.Changed(0), slots.changeCapacity(agent, activity.id(), TUESDAY_8, "1"), "fewer places: nobody promoted");

        slots.close(agent, activity.id(), THURSDAY_10);
        assertEquals(RefusalReason.CLOSED.message(), submit.submit(dupont, List.of(book(lea, activity, THURSDAY_10))).outcomes().getFirst().message());
        assertThrows(Actor.NotAllowed.class, () -> slots.close(dupont, activity.id(), THURSDAY_10));
    }

    @Test
    void closing_a_booked_day_tells_the_booked_families_once() {
        var activity = morning(1);
        long lea = enrolled(dupont, "Léa", activity);
        long paul = enrolled(martin, "Paul", activity);
        submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8)));
        submit.submit(martin, List.of(book(paul, activity, TUESDAY_8))); // waiting: nothing booked to cancel
        slots.close(agent, activity.id(), TUESDAY_8);
        slots.close(agent, activity.id(), TUESDAY_8);
        assertEquals(List.of("La mairie a fermé « Accueil du matin » le mardi 8 décembre 2026 : la réservation de Léa est annulée et ne sera pas facturée."),
                notifications(dupont, NotificationKind.DAY_CLOSED));
        assertEquals(List.of(), notifications(martin, NotificationKind.DAY_CLOSED));
    }

    @Test
    void a_typical_week_books_every_matching_day_keeps_what_exists_and_reports_what_it_skipped() {
        var activity = morning(30);
        long lea = enrolled(dupont, "Léa", activity);
        long hugo = memory.child(dupont, "Hugo", true); // complete, not enrolled
        submit.submit(dupont, List.of(book(lea, activity, TUESDAY_8)));
        // December: Tuesdays and Thursdays from 1st to 18th = 1, 3, 8, 10, 15, 17 (Christmas holidays after)
        var result = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(activity.id())), List.of(Long.toString(lea), Long.toString(hugo)), "2026-11-23", "2026-12-31", "EVERY_WEEK", List.of("2", "4"))));
        // Léa: 24, 26 November and 1, 3, 8, 10, 15, 17 December; Tuesday 24th is past its J-2 deadline (Friday 20th, noon), 8 Dec already booked
        assertEquals(6, result.booked());
        assertEquals(0, result.waitlisted());
        var skipped = result.skipped().stream().collect(Collectors.toMap(s -> s.childName() + " : " + s.reason(), ApplyTypicalWeek.Skipped::count));
        assertEquals(Map.of("Léa : " + RefusalReason.BOOKING_DEADLINE_PASSED.message(), 1, "Léa : " + RefusalReason.ALREADY_BOOKED.message(), 1,
                "Hugo : " + RefusalReason.NOT_ENROLLED.message(), 8), skipped);
        assertEquals(10, result.skippedCount());
        var again = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(activity.id())), List.of(Long.toString(lea)), "2026-12-01", "2026-12-18", "EVERY_WEEK", List.of("2", "4"))));
        assertEquals(0, again.booked());
        assertEquals(6, again.skippedCount(), "never changes what exists");
        assertEquals(6, memory.slots.bookingsOf(List.of(lea), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")).size());
    }

    @Test
    void one_enregistrer_books_several_activities_and_says_which_activity_each_skipped_day_belongs_to() {
        var morning = morning(30);
        var evening = assertInstanceOf(ManageActivities.Result.Saved.class, activities.save(agent, null, new ManageActivities.Command("2026-2027",
                "Accueil du soir", "ACCUEIL_SOIR", "SESSION", List.of("1", "2", "4", "5"), "1", true, BookingFixtures.J2_WORKING,
                BookingFixtures.J2_WORKING, "REGIE-ENFANCE", "SOIR"))).activity();
        long lea = enrolled(dupont, "Léa", morning);
        var second = assertInstanceOf(RequestEnrolment.Result.Requested.class, request.request(dupont, lea, evening.id()));
        decide.accept(agent, second.enrolment().id());
        long paul = enrolled(martin, "Paul", evening);
        submit.submit(martin, List.of(book(paul, evening, TUESDAY_8))); // the evening's only place that day
        // Tuesdays and Thursdays: 24, 26 November (the 24th past its J-2 deadline), 1, 3, 8, 10, 15, 17 December; an unknown id is no activity
        var result = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(evening.id()), Long.toString(morning.id()), "999999"), List.of(Long.toString(lea)), "2026-11-23", "2026-12-18",
                "EVERY_WEEK", List.of("2", "4"))));
        assertEquals(List.of("Accueil du matin", "Accueil du soir"), result.activities().stream().map(Activity::name).toList());
        assertEquals(7 + 6, result.booked());
        assertEquals(1, result.waitlisted(), "the evening of the 8th is full");
        assertEquals(List.of("Léa / Accueil du matin : " + RefusalReason.BOOKING_DEADLINE_PASSED.message() + " × 1",
                "Léa / Accueil du soir : " + RefusalReason.BOOKING_DEADLINE_PASSED.message() + " × 1"), result.skipped().stream()
                .map(s -> s.childName() + " / " + s.activityName() + " : " + s.reason() + " × " + s.count()).toList());
    }

    @Test
    void a_typical_week_one_week_in_two_and_a_full_day_waits() {
        var activity = morning(1);
        long lea = enrolled(dupont, "Léa", activity);
        long paul = enrolled(martin, "Paul", activity);
        submit.submit(martin, List.of(book(paul, activity, LocalDate.parse("2026-12-14"))));
        // ISO weeks of December 2026: 49 (30 Nov), 50 (7 Dec), 51 (14 Dec); even weeks: 50 only before the holidays
        var result = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(activity.id())), List.of(Long.toString(lea)), "2026-12-01", "2026-12-18", "EVERY_OTHER_WEEK_ODD", List.of("1"))));
        assertEquals(0, result.booked());
        assertEquals(1, result.waitlisted(), "Monday 14th (week 51) is full");
        var even = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(activity.id())), List.of(Long.toString(lea)), "2026-12-01", "2026-12-18", "EVERY_OTHER_WEEK_EVEN", List.of("1"))));
        assertEquals(1, even.booked(), "Monday 7th (week 50)");
    }

    @Test
    void a_typical_week_form_says_every_error_and_refuses_another_familys_child() {
        var activity = morning(30);
        var invalid = assertInstanceOf(ApplyTypicalWeek.Result.Invalid.class, typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(
                List.of(), List.of(), "", "2026-12-01", "", List.of())));
        assertEquals(List.of("Choisissez une activité.", "Choisissez au moins une personne concernée.", "Indiquez la date de début (« Du »).",
                "Choisissez une périodicité.", "Choisissez au moins un jour de la semaine."), invalid.errors());
        long paul = enrolled(martin, "Paul", activity);
        assertThrows(Actor.NotAllowed.class, () -> typicalWeek.apply(dupont, new ApplyTypicalWeek.Command(List.of(Long.toString(activity.id())),
                List.of(Long.toString(paul)), "2026-12-01", "2026-12-18", "EVERY_WEEK", List.of("1"))));
    }

    @Test
    void an_activity_for_some_levels_is_offered_only_to_those_children() {
        var study = assertInstanceOf(ManageActivities.Result.Saved.class, activities.save(agent, null, new ManageActivities.Command("2026-2027",
                "Études surveillées", "ACCUEIL_SOIR", "SESSION", List.of("1", "2", "4", "5"), "15", false, BookingFixtures.J2_WORKING,
                BookingFixtures.J2_WORKING, "REGIE", "ETUDE", List.of(), List.of("CM1", "CM2")))).activity();
        assertEquals(java.util.Set.of("CM1", "CM2"), ports.activities().find(study.id()).orElseThrow().levels());
        var everyone = morning(30);
        long lea = memory.child(dupont, "Léa", true); // CE1
        var view = request.view(dupont, BookingFixtures.YEAR);
        assertEquals(List.of(everyone.id()), view.activities().stream().map(Activity::id).toList());
        var refused = assertInstanceOf(RequestEnrolment.Result.Refused.class, request.request(dupont, lea, study.id()));
        assertEquals(RequestEnrolment.NOT_FOR_CHILD.formatted("Études surveillées", "CM1, CM2", "Léa"), refused.message());
        var decide = new DecideEnrolment(ports);
        var child = ports.households().households().findChild(lea).orElseThrow();
        assertEquals(DecideEnrolment.NOT_TARGETED.formatted("Études surveillées", "CM1, CM2", "Léa", (child.school() == null || child.school().isBlank() ? "école non renseignée" : child.school()) + ", CE1"),
                decide.enrol(agent, lea, study.id()).asMap().get("activity"), "nor enrolled by an agent without saying so");
        assertEquals(java.util.Optional.empty(), ports.enrolments().find(lea, study.id(), BookingFixtures.YEAR));
        assertTrue(decide.enrol(agent, lea, study.id(), true).isEmpty(), "«inscrire malgré tout»");
        assertTrue(ports.enrolments().find(lea, study.id(), BookingFixtures.YEAR).orElseThrow().allowsBooking());
        assertEquals("Choisissez les niveaux dans la liste.", assertInstanceOf(ManageActivities.Result.Invalid.class, activities.save(agent, study.id(),
                new ManageActivities.Command("2026-2027", "Études surveillées", "ACCUEIL_SOIR", "SESSION", List.of("1"), "15", false,
                        BookingFixtures.J2_WORKING, BookingFixtures.J2_WORKING, "REGIE", "ETUDE", List.of(), List.of("CM3")))).errors().asMap().get("levels"));
        assertEquals(java.util.Set.of("CM1", "CM2"), ports.activities().find(study.id()).orElseThrow().levels(), "a refused form changes nothing");
    }
}
