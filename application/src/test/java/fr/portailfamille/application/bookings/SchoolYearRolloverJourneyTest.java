package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.SequenceTokenGenerator;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.CellState;
import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.OfficialSchoolHolidays;
import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In June 2027 the town prepares 2027-2028 from 2026-2027: activities copied, calendar confirmed, holidays
 * imported, enrolments opened on a chosen day; then a family enrols and books the first days of September while
 * its summer days of 2026-2027 are still on the same planning.
 */
class SchoolYearRolloverJourneyTest {

    static final SchoolYear NEXT = SchoolYear.startingIn(2027);

    final InMemoryBookingsPorts memory = new InMemoryBookingsPorts();
    final BookingsPorts ports = memory.ports;
    final Actor agent = memory.account("ROUSSEL", "agent@mairie.fr", Role.AGENT);
    final Actor dupont = memory.account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final List<String> tariffCopies = new ArrayList<>();
    final PrepareSchoolYear prepare = new PrepareSchoolYear(ports, (actor, from, to) -> {
        tariffCopies.add(from.label() + " → " + to.label());
        return List.of("copié");
    });
    final ManageSchoolCalendar calendar = new ManageSchoolCalendar(ports);
    final RequestEnrolment request = new RequestEnrolment(ports);
    final SubmitBookings submit = new SubmitBookings(ports);
    Activity morning;
    Activity holidays;
    long lea;

    @BeforeEach
    void townIn2026() {
        var activities = new ManageActivities(ports);
        morning = assertInstanceOf(ManageActivities.Result.Saved.class, activities.save(agent, null, new ManageActivities.Command("2026-2027",
                "Accueil du matin", "ACCUEIL_MATIN", "SESSION", List.of("1", "2", "4", "5"), "30", true, BookingFixtures.J2_WORKING,
                "J-1 avant 18h", "REGIE", "MATIN", List.of(), List.of("CP", "CE1")))).activity();
        holidays = assertInstanceOf(ManageActivities.Result.Saved.class, activities.save(agent, null, new ManageActivities.Command("2026-2027",
                "Centre de loisirs", "VACANCES", "DAY_WITH_MEAL", List.of("1", "2", "3", "4", "5"), "40", false, "avant le 20 du mois précédent",
                "avant le 20 du mois précédent", "REGIE", "VACANCES"))).activity();
        lea = memory.child(dupont, "Léa", true);
        new DecideEnrolment(ports).enrol(agent, lea, morning.id(), true);
        new DecideEnrolment(ports).enrol(agent, lea, holidays.id());
        at("2027-06-10T08:00:00Z");
    }

    void at(String instant) {
        memory.accounts.clock.advance(Duration.between(memory.accounts.clock.instant(), Instant.parse(instant)));
    }

    @Test
    void staff_prepare_the_next_year_then_a_family_books_september_in_june() {
        var proposal = prepare.proposal(agent, BookingFixtures.YEAR);
        assertEquals(Optional.empty(), proposal.refusal());
        assertEquals(LocalDate.parse("2027-09-01"), proposal.skeleton().orElseThrow().firstDayOfClasses());
        assertEquals(LocalDate.parse("2028-07-01"), proposal.skeleton().orElseThrow().lastDayOfClasses());
        assertEquals(2, proposal.activities().size());

        var prepared = assertInstanceOf(PrepareSchoolYear.Result.Prepared.class,
                prepare.prepare(agent, new PrepareSchoolYear.Command("2026-2027", "2027-09-02", "2028-07-04")));
        assertEquals(List.of("2026-2027 → 2027-2028"), tariffCopies);
        assertEquals(List.of("copié"), prepared.tariffs());
        var copied = ports.activities().ofYear(NEXT);
        assertEquals(2, copied.size());
        var nextMorning = copied.stream().filter(a -> a.name().equals("Accueil du matin")).findFirst().orElseThrow();
        assertEquals(morning.forYear(NEXT), nextMorning.forYear(NEXT), "same rules, days, places, price category and levels");
        assertEquals(Set.of("CP", "CE1"), nextMorning.levels());
        assertEquals(LocalDate.parse("2027-09-02"), ports.calendars().find(NEXT).orElseThrow().firstDayOfClasses(), "the agents' rentrée");
        assertEquals(Optional.of(EnrolmentOpening.undecided(NEXT)), ports.calendars().enrolmentOpening(NEXT));

        var again = assertInstanceOf(PrepareSchoolYear.Result.Refused.class,
                prepare.prepare(agent, new PrepareSchoolYear.Command("2026-2027", "2027-09-02", "2028-07-04")));
        assertEquals("L'année scolaire 2027-2028 est déjà préparée (son calendrier est saisi, elle a 2 activités) : modifiez son calendrier et "
                + "ses activités plutôt que de la copier une seconde fois.", again.errors().asMap().get("year"));
        assertEquals(2, ports.activities().ofYear(NEXT).size(), "nothing copied twice");

        // not open yet: parents see why, and cannot ask
        var view = request.view(dupont, NEXT);
        assertEquals(Optional.of(EnrolmentOpening.undecided(NEXT).closedReason()), view.closed());
        assertEquals(List.of(), view.activities());
        assertEquals(new RequestEnrolment.Result.Refused(EnrolmentOpening.undecided(NEXT).closedReason()), request.request(dupont, lea, nextMorning.id()));

        // the holidays from the ministry's file: a bad file changes nothing
        var bad = assertInstanceOf(ManageSchoolCalendar.Imported.Invalid.class, calendar.importHolidays(agent, NEXT, List.of(
                new OfficialSchoolHolidays.Row(2, "Vacances de la Toussaint", "-", "2027-10-23", "demain", "Zone C", "2027-2028"))));
        assertEquals(List.of("Ligne 2 : date illisible « demain » (colonne « Date de fin ») ; le fichier officiel l'écrit par exemple 2027-10-23T00:00:00+02:00."),
                bad.errors());
        assertEquals(List.of(), ports.calendars().find(NEXT).orElseThrow().holidays());
        var imported = assertInstanceOf(ManageSchoolCalendar.Imported.Done.class, calendar.importHolidays(agent, NEXT, List.of(
                new OfficialSchoolHolidays.Row(2, "Vacances de la Toussaint", "-", "2027-10-23T00:00:00+02:00", "2027-11-08T00:00:00+01:00", "Zone C", "2027-2028"),
                new OfficialSchoolHolidays.Row(3, "Vacances de la Toussaint", "Enseignants", "2027-10-23T00:00:00+02:00", "2027-11-08T00:00:00+01:00", "Zone C", "2027-2028"),
                new OfficialSchoolHolidays.Row(4, "Vacances d'Été", "-", "2028-07-04T22:00:00+00:00", "2028-08-31T22:00:00+00:00", "Zone C", "2027-2028"))));
        assertEquals(List.of(new HolidayPeriod("Vacances de la Toussaint", LocalDate.parse("2027-10-23"), LocalDate.parse("2027-11-07")),
                new HolidayPeriod("Vacances d'Été", LocalDate.parse("2028-07-05"), LocalDate.parse("2028-08-31"))), imported.periods());
        assertEquals(imported.periods(), ports.calendars().find(NEXT).orElseThrow().holidays());

        // opening on 15 June: on the 10th, still closed, with the day said
        assertTrue(calendar.openEnrolment(agent, NEXT, "2028-09-01").asMap().get("opensOn").startsWith("La date d'ouverture des inscriptions doit précéder"));
        assertTrue(calendar.openEnrolment(agent, NEXT, "2027-06-15").isEmpty());
        String notYet = "Les inscriptions pour l'année scolaire 2027-2028 ouvrent le mardi 15 juin 2027 : vous pourrez inscrire vos enfants et réserver à partir de ce jour.";
        assertEquals(new RequestEnrolment.Result.Refused(notYet), request.request(dupont, lea, nextMorning.id()));
        new DecideEnrolment(ports).enrol(agent, lea, nextMorning.id(), true); // staff are not held
        var early = submit.submit(dupont, List.of(new SubmitBookings.Item(lea, nextMorning.id(), LocalDate.parse("2027-09-02"), false)));
        assertEquals(notYet, early.outcomes().getFirst().message());

        // 15 June, 8 h in Paris: open
        at("2027-06-15T06:00:00Z");
        var nextHolidays = copied.stream().filter(a -> a.name().equals("Centre de loisirs")).findFirst().orElseThrow();
        assertInstanceOf(RequestEnrolment.Result.Requested.class, request.request(dupont, lea, nextHolidays.id()));
        var booked = submit.submit(dupont, List.of(new SubmitBookings.Item(lea, nextMorning.id(), LocalDate.parse("2027-09-02"), false),
                new SubmitBookings.Item(lea, nextMorning.id(), LocalDate.parse("2027-09-03"), false)));
        assertEquals(2, booked.count(SubmitBookings.Kind.DONE), booked.toString());

        // the week across 31 August: each day with its own year's activities
        var week = new ShowCalendar(ports).show(dupont, new ShowCalendar.Query(ShowCalendar.Period.WEEK, LocalDate.parse("2027-09-01"), null, null));
        assertEquals(CellState.HOLIDAY, cell(week, morning, "2027-08-30").state(), "summer of 2026-2027");
        assertEquals(CellState.BOOKABLE, cell(week, holidays, "2027-08-31").state(), "the leisure centre of 2026-2027");
        assertEquals(CellState.NO_ACTIVITY, cell(week, morning, "2027-09-02").state(), "2026-2027 is over");
        assertEquals(CellState.NO_ACTIVITY, cell(week, nextMorning, "2027-08-31").state());
        assertEquals(CellState.BOOKED, cell(week, nextMorning, "2027-09-02").state());
        assertEquals(CellState.BOOKED, cell(week, nextMorning, "2027-09-03").state());

        // the typical week of the summer stops on 31 August and says so
        var summer = assertInstanceOf(ApplyTypicalWeek.Result.Applied.class, new ApplyTypicalWeek(ports).apply(dupont, new ApplyTypicalWeek.Command(
                List.of(Long.toString(holidays.id())), List.of(Long.toString(lea)), "2027-08-23", "2027-09-10", "EVERY_WEEK", List.of("1", "2"))));
        assertEquals(4, summer.booked(), "23, 24, 30 and 31 August");
        assertEquals(List.of("La semaine type s'arrête le mardi 31 août 2027, dernier jour de l'année scolaire 2026-2027 de l'activité « Centre de loisirs » : "
                + "les jours suivants relèvent de l'année scolaire 2027-2028, réservez-les sur ses activités."), summer.notices());

        // the calendar feed has both years
        var feed = new CalendarFeed(ports, new InMemoryCalendarFeedRepository(), new SequenceTokenGenerator());
        var days = CalendarFeedTest.days(feed.feed(feed.turnOn(dupont)).orElseThrow());
        assertTrue(days.contains(LocalDate.parse("2027-08-31")) && days.contains(LocalDate.parse("2027-09-02")), days.toString());
    }

    @Test
    void nothing_to_start_from_and_bad_dates_are_refused_in_french() {
        var none = assertInstanceOf(PrepareSchoolYear.Result.Refused.class, prepare.prepare(agent, new PrepareSchoolYear.Command("2025-2026", "", "")));
        assertEquals("Le calendrier scolaire 2025-2026 n'est pas saisi : il n'y a rien à copier.", none.errors().asMap().get("year"));
        var outside = assertInstanceOf(PrepareSchoolYear.Result.Refused.class,
                prepare.prepare(agent, new PrepareSchoolYear.Command("2026-2027", "2027-08-30", "2028-07-01")));
        assertEquals("Les dates de rentrée et de fin des cours doivent être dans l'année scolaire 2027-2028.", outside.errors().asMap().get("firstDay"));
        var typo = assertInstanceOf(PrepareSchoolYear.Result.Refused.class, prepare.prepare(agent, new PrepareSchoolYear.Command("2026-2027", "2/9/2027", "")));
        assertEquals(Set.of("firstDay", "lastDay"), typo.errors().asMap().keySet());
        assertEquals(Optional.empty(), ports.calendars().find(NEXT), "nothing saved");
        assertEquals(List.of(), ports.activities().ofYear(NEXT));
        assertEquals(List.of(), tariffCopies);
        assertFalse(request.view(dupont, BookingFixtures.YEAR).closed().isPresent(), "a year known before preparation stays open");
    }

    static ShowCalendar.Cell cell(ShowCalendar.View view, Activity activity, String day) {
        return view.grids().stream().filter(g -> g.activity().id() == activity.id()).flatMap(g -> g.weeks().stream()).flatMap(List::stream)
                .filter(c -> c.day().equals(LocalDate.parse(day))).findFirst().orElseThrow(() -> new AssertionError("no cell " + activity.name() + " " + day));
    }
}
