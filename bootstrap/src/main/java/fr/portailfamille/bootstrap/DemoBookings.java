package fr.portailfamille.bootstrap;

import fr.portailfamille.application.bookings.port.AbsenceRepository;
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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo town's school years around today (zone C holidays, computed), their five activities with their deadline
 * rules, the Dupont children enrolled (Hugo at the holiday centre too) with a few weeks booked from the first days of
 * classes ahead, one evening whose single place is taken, with Hugo on the waiting list, and an absence for illness of
 * Léa waiting for the town. Everything is chosen from today, so that the demo shows bookable days whatever the date.
 */
final class DemoBookings {

    static final String J2 = "J-2 avant 12h hors week-ends et jours fériés";

    private DemoBookings() {
    }

    /**
     * The school years the demo seeds: the one in progress, and from 1 May, when towns open enrolment for it, the next
     * one too (so across the summer both the year that ends and the year that starts).
     */
    static List<SchoolYear> years(LocalDate today) {
        var current = SchoolYear.containing(today);
        return today.getMonthValue() >= Month.MAY.getValue() && today.getMonthValue() <= Month.AUGUST.getValue()
                ? List.of(current, current.next()) : List.of(current);
    }

    /**
     * A plausible zone C calendar for any school year, computed so that the demo runs at any date. DEMO ONLY: a town
     * enters the official dates the ministry publishes (or imports them) in the back-office; these rules only come
     * close to them — Toussaint: the two weeks ending on the first Sunday of November; Noël: the two weeks from the
     * Saturday before 25 December; hiver and printemps: the two weeks from the third Saturday of February and of April;
     * été: from the first Saturday of July to 31 August, classes ending the day before.
     */
    static SchoolCalendar calendar(SchoolYear year) {
        int y = year.startYear();
        LocalDate toussaintEnd = LocalDate.of(y, Month.NOVEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate noel = LocalDate.of(y, Month.DECEMBER, 25).with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        LocalDate hiver = LocalDate.of(y + 1, Month.FEBRUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SATURDAY));
        LocalDate printemps = LocalDate.of(y + 1, Month.APRIL, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SATURDAY));
        LocalDate ete = LocalDate.of(y + 1, Month.JULY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        var holidays = List.of(
                new HolidayPeriod("Vacances de la Toussaint", toussaintEnd.minusDays(15), toussaintEnd),
                new HolidayPeriod("Vacances de Noël", noel, noel.plusDays(15)),
                new HolidayPeriod("Vacances d'hiver", hiver, hiver.plusDays(15)),
                new HolidayPeriod("Vacances de printemps", printemps, printemps.plusDays(15)),
                new HolidayPeriod("Vacances d'été", ete, year.lastDay()));
        LocalDate rentree = year.firstDay();
        while (!PublicHolidays.FRANCE.isWorkingDay(rentree)) rentree = rentree.plusDays(1);
        var closures = new ArrayList<Closure>();
        // the Friday after Ascension (Easter + 39 days), when it is a school day
        LocalDate bridge = PublicHolidays.easterSunday(y + 1).plusDays(40);
        if (holidays.stream().noneMatch(h -> h.contains(bridge)) && PublicHolidays.FRANCE.isWorkingDay(bridge)) {
            closures.add(new Closure(bridge, "Pont de l'Ascension"));
        }
        LocalDate training = LocalDate.of(y + 1, Month.JUNE, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.FRIDAY));
        if (!training.equals(bridge)) closures.add(new Closure(training, "Journée pédagogique des animateurs"));
        return new SchoolCalendar(year, "C", rentree, ete.minusDays(1), holidays, closures, PublicHolidays.FRANCE);
    }

    /** The school holidays that come next (the news tells families to book them). */
    static HolidayPeriod nextHolidays(LocalDate today) {
        var year = SchoolYear.containing(today);
        return java.util.stream.Stream.of(year, year.next()).flatMap(y -> calendar(y).holidays().stream())
                .filter(h -> h.firstDay().isAfter(today)).findFirst().orElseThrow();
    }

    /** A tiny PDF standing for the demo's medical certificate. */
    static final byte[] CERTIFICATE = "%PDF-1.4\n% Certificat médical (démonstration)\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** One school year's activities. */
    private record Activities(Activity morning, Activity canteen, Activity evening, Activity wednesday, Activity holidays) {
        List<Activity> schoolTime() {
            return List.of(morning, canteen, evening, wednesday);
        }
    }

    static void seed(BookingsPorts ports, AbsenceRepository absences, Actor agent, Actor dupont) {
        LocalDate today = ports.today();
        var children = ports.households().households().children(ports.households().households().householdOf(dupont.accountId()).orElseThrow());
        Child lea = children.getFirst();
        Child hugo = children.get(1);
        Map<SchoolYear, Activities> seeded = new LinkedHashMap<>();
        for (SchoolYear year : years(today)) {
            ports.calendars().save(calendar(year));
            var activities = activities(new ManageActivities(ports), agent, year);
            seeded.put(year, activities);
            // enrolled by the town in the summer before the year (or today, for a year about to start): stored as
            // such, nobody to notify
            Instant enrolledAt = java.util.Collections.min(List.of(LocalDate.of(year.startYear(), Month.JULY, 1).atTime(8, 0)
                    .toInstant(ZoneOffset.UTC), ports.clock().instant()));
            for (Child child : children) {
                for (Activity a : activities.schoolTime()) ports.enrolments().add(Enrolment.createdByAgent(child.id(), a.id(), year, enrolledAt));
            }
            // the younger one goes to the holiday centre: in the summer too, the family has days to book
            ports.enrolments().add(Enrolment.createdByAgent(hugo.id(), activities.holidays().id(), year, enrolledAt));
        }

        // the bookings start with the first morning of classes at least three days ahead (after the summer, in the
        // next school year) and run for five weeks, within that school year
        LocalDate start = firstClassesDay(today.plusDays(3));
        SchoolYear year = SchoolYear.containing(start);
        Activities activities = seeded.get(year);
        LocalDate end = java.util.Collections.min(List.of(start.plusDays(37), year.lastDay()));
        var week = new ApplyTypicalWeek(ports);
        for (Activity a : List.of(activities.morning(), activities.canteen())) {
            week.apply(dupont, new ApplyTypicalWeek.Command(List.of(Long.toString(a.id())), List.of(Long.toString(lea.id())), start.toString(),
                    end.toString(), "EVERY_WEEK", List.of("2", "4")));
        }
        // one evening with a single place: Léa has it, Hugo waits
        LocalDate full = firstRunningDay(ports, activities.evening(), start.plusDays(4));
        new ManageSlots(ports).changeCapacity(agent, activities.evening().id(), full, "1");
        var submit = new SubmitBookings(ports);
        submit.submit(dupont, List.of(new SubmitBookings.Item(lea.id(), activities.evening().id(), full, false),
                new SubmitBookings.Item(hugo.id(), activities.evening().id(), full, false)));
        // a Wednesday nearly full: one place left
        LocalDate nearlyFull = firstRunningDay(ports, activities.wednesday(), start.plusDays(18));
        new ManageSlots(ports).changeCapacity(agent, activities.wednesday().id(), nearlyFull, "2");
        submit.submit(dupont, List.of(new SubmitBookings.Item(lea.id(), activities.wednesday().id(), nearlyFull, false)));
        // Léa's first booked day: an absence for illness waits for the town, with its certificate
        LocalDate firstBooked = ports.slots().bookingsOf(List.of(lea.id()), today, year.lastDay()).stream()
                .filter(b -> b.booked()).map(b -> b.day()).min(LocalDate::compareTo).orElseThrow();
        var declared = new DeclareAbsence(ports, absences).declare(dupont, new DeclareAbsence.Command(Long.toString(lea.id()), firstBooked.toString(),
                "", "certificat-lea.pdf", CERTIFICATE, false));
        if (!(declared instanceof DeclareAbsence.Result.Declared)) throw new IllegalStateException("demo absence refused: " + declared);
    }

    private static Activities activities(ManageActivities activities, Actor agent, SchoolYear year) {
        return new Activities(
                activity(activities, agent, year, "Accueil du matin", "ACCUEIL_MATIN", "SESSION", List.of("1", "2", "4", "5"), 40, true, J2, J2, "PERI-MATIN"),
                activity(activities, agent, year, "Restauration scolaire", "RESTAURATION_SCOLAIRE", "MEAL", List.of("1", "2", "4", "5"), 180, false,
                        "J-1 avant 10h hors week-ends et jours fériés", "J-1 avant 10h hors week-ends et jours fériés", "REPAS"),
                activity(activities, agent, year, "Accueil du soir", "ACCUEIL_SOIR", "SESSION", List.of("1", "2", "4", "5"), 40, true,
                        "J-1 avant 18h", "J-1 avant 18h", "PERI-SOIR"),
                activity(activities, agent, year, "Mercredis loisirs", "MERCREDI", "DAY_WITH_MEAL", List.of("3"), 24, true, "semaine S-2", J2, "MERCREDI"),
                activity(activities, agent, year, "Centre de loisirs des vacances", "VACANCES", "DAY_WITH_MEAL", List.of("1", "2", "3", "4", "5"), 48, true,
                        "avant le 20 du mois précédent", "avant le 20 du mois précédent", "VACANCES-JOURNEE"));
    }

    /**
     * The first school day from {@code from} on that is not a Wednesday: the first day the mornings, the canteen and
     * the evenings run (after the summer, in September).
     */
    static LocalDate firstClassesDay(LocalDate from) {
        var calendars = new java.util.HashMap<SchoolYear, SchoolCalendar>();
        LocalDate day = from;
        while (day.getDayOfWeek() == DayOfWeek.WEDNESDAY || !calendars.computeIfAbsent(SchoolYear.containing(day), DemoBookings::calendar).isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate firstRunningDay(BookingsPorts ports, Activity activity, LocalDate from) {
        var calendar = ports.calendars().find(activity.schoolYear()).orElseThrow();
        for (LocalDate day = from; activity.schoolYear().contains(day); day = day.plusDays(1)) {
            if (Slot.open(activity, day, calendar).takesPlace()) return day;
        }
        return activity.slotDates(calendar).getLast();
    }

    private static Activity activity(ManageActivities activities, Actor agent, SchoolYear year, String name, String kind, String unit, List<String> days,
                                     int places, boolean waitingList, String booking, String cancellation, String price) {
        var result = activities.save(agent, null, new ManageActivities.Command(year.label(), name, kind, unit, days, Integer.toString(places),
                waitingList, booking, cancellation, "PERI", price));
        if (result instanceof ManageActivities.Result.Saved saved) return saved.activity();
        throw new IllegalStateException("demo activity refused: " + ((ManageActivities.Result.Invalid) result).errors());
    }

}
