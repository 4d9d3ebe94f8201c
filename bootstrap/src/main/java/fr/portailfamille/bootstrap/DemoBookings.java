package fr.portailfamille.bootstrap;

import fr.portailfamille.application.bookings.AbsenceRepository;
import fr.portailfamille.application.bookings.ApplyTypicalWeek;
import fr.portailfamille.application.bookings.BookingsPorts;
import fr.portailfamille.application.bookings.DeclareAbsence;
import fr.portailfamille.application.bookings.ManageActivities;
import fr.portailfamille.application.bookings.ManageSlots;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Closure;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.bookings.Slot;
import fr.portailfamille.domain.households.Child;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo town's school year 2026-2027 (zone C holidays), its five activities with their deadline rules, the Dupont
 * children enrolled with a few weeks booked, and one evening whose single place is taken, with Hugo on the waiting
 * list, and an absence for illness of Léa waiting for the town. Booking days are chosen from today, so that the demo
 * always shows bookable days ahead.
 */
final class DemoBookings {

    static final SchoolYear YEAR = SchoolYear.startingIn(2026);
    static final String J2 = "J-2 avant 12h hors week-ends et jours fériés";

    private DemoBookings() {
    }

    static SchoolCalendar calendar() {
        return new SchoolCalendar(YEAR, "C", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-07-02"), List.of(
                period("Vacances de la Toussaint", "2026-10-17", "2026-11-01"),
                period("Vacances de Noël", "2026-12-19", "2027-01-03"),
                period("Vacances d'hiver", "2027-02-20", "2027-03-07"),
                period("Vacances de printemps", "2027-04-17", "2027-05-02"),
                period("Vacances d'été", "2027-07-03", "2027-08-31")),
                List.of(new Closure(LocalDate.parse("2027-05-07"), "Pont de l'Ascension"),
                        new Closure(LocalDate.parse("2027-06-11"), "Journée pédagogique des animateurs")), PublicHolidays.FRANCE);
    }

    /** A tiny PDF standing for the demo's medical certificate. */
    static final byte[] CERTIFICATE = "%PDF-1.4\n% Certificat médical (démonstration)\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static void seed(BookingsPorts ports, AbsenceRepository absences, Actor agent, Actor dupont) {
        ports.calendars().save(calendar());
        var activities = new ManageActivities(ports);
        var morning = activity(activities, agent, "Accueil du matin", "ACCUEIL_MATIN", "SESSION", List.of("1", "2", "4", "5"), 40, true, J2, J2, "PERI-MATIN");
        var canteen = activity(activities, agent, "Restauration scolaire", "RESTAURATION_SCOLAIRE", "MEAL", List.of("1", "2", "4", "5"), 180, false,
                "J-1 avant 10h hors week-ends et jours fériés", "J-1 avant 10h hors week-ends et jours fériés", "REPAS");
        var evening = activity(activities, agent, "Accueil du soir", "ACCUEIL_SOIR", "SESSION", List.of("1", "2", "4", "5"), 40, true,
                "J-1 avant 18h", "J-1 avant 18h", "PERI-SOIR");
        var wednesday = activity(activities, agent, "Mercredis loisirs", "MERCREDI", "DAY_WITH_MEAL", List.of("3"), 24, true, "semaine S-2", J2, "MERCREDI");
        activity(activities, agent, "Centre de loisirs des vacances", "VACANCES", "DAY_WITH_MEAL", List.of("1", "2", "3", "4", "5"), 48, true,
                "avant le 20 du mois précédent", "avant le 20 du mois précédent", "VACANCES-JOURNEE");

        var children = ports.households().households().children(ports.households().households().householdOf(dupont.accountId()).orElseThrow());
        // enrolled by the town in the summer, before the portal opened: stored as such, nobody to notify today
        for (Child child : children) {
            for (Activity a : List.of(morning, canteen, evening, wednesday)) {
                ports.enrolments().add(Enrolment.createdByAgent(child.id(), a.id(), YEAR, java.time.Instant.parse("2026-07-01T08:00:00Z")));
            }
        }
        Child lea = children.getFirst();
        Child hugo = children.get(1);
        LocalDate today = ports.today();
        var week = new ApplyTypicalWeek(ports);
        for (Activity a : List.of(morning, canteen)) {
            week.apply(dupont, new ApplyTypicalWeek.Command(List.of(Long.toString(a.id())), List.of(Long.toString(lea.id())), today.plusDays(3).toString(),
                    today.plusDays(40).toString(), "EVERY_WEEK", List.of("2", "4")));
        }
        // one evening with a single place: Léa has it, Hugo waits
        LocalDate full = firstRunningDay(ports, evening, today.plusDays(7));
        new ManageSlots(ports).changeCapacity(agent, evening.id(), full, "1");
        var submit = new SubmitBookings(ports);
        submit.submit(dupont, List.of(new SubmitBookings.Item(lea.id(), evening.id(), full, false),
                new SubmitBookings.Item(hugo.id(), evening.id(), full, false)));
        // a Wednesday nearly full: one place left
        LocalDate nearlyFull = firstRunningDay(ports, wednesday, today.plusDays(21));
        new ManageSlots(ports).changeCapacity(agent, wednesday.id(), nearlyFull, "2");
        submit.submit(dupont, List.of(new SubmitBookings.Item(lea.id(), wednesday.id(), nearlyFull, false)));
        // Léa's first booked day: an absence for illness waits for the town, with its certificate
        LocalDate firstBooked = ports.slots().bookingsOf(List.of(lea.id()), today, today.plusDays(40)).stream()
                .filter(b -> b.booked()).map(b -> b.day()).min(LocalDate::compareTo).orElseThrow();
        var declared = new DeclareAbsence(ports, absences).declare(dupont, new DeclareAbsence.Command(Long.toString(lea.id()), firstBooked.toString(),
                "", "certificat-lea.pdf", CERTIFICATE, false));
        if (!(declared instanceof DeclareAbsence.Result.Declared)) throw new IllegalStateException("demo absence refused: " + declared);
    }

    private static LocalDate firstRunningDay(BookingsPorts ports, Activity activity, LocalDate from) {
        var calendar = ports.calendars().find(activity.schoolYear()).orElseThrow();
        for (LocalDate day = from; activity.schoolYear().contains(day); day = day.plusDays(1)) {
            if (Slot.open(activity, day, calendar).takesPlace()) return day;
        }
        return activity.slotDates(calendar).getLast();
    }

    private static Activity activity(ManageActivities activities, Actor agent, String name, String kind, String unit, List<String> days, int places,
                                     boolean waitingList, String booking, String cancellation, String price) {
        var result = activities.save(agent, null, new ManageActivities.Command(YEAR.label(), name, kind, unit, days, Integer.toString(places),
                waitingList, booking, cancellation, "PERI", price));
        if (result instanceof ManageActivities.Result.Saved saved) return saved.activity();
        throw new IllegalStateException("demo activity refused: " + ((ManageActivities.Result.Invalid) result).errors());
    }

    private static HolidayPeriod period(String name, String first, String last) {
        return new HolidayPeriod(name, LocalDate.parse(first), LocalDate.parse(last));
    }

}
