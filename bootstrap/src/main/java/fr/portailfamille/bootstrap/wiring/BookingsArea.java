package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.billing.ActivityTariffChoices;
import fr.portailfamille.application.billing.CopyTariffsToYear;
import fr.portailfamille.application.bookings.port.AbsenceRepository;
import fr.portailfamille.application.bookings.ApplyTypicalWeek;
import fr.portailfamille.application.bookings.BookingsPorts;
import fr.portailfamille.application.bookings.CalendarFeed;
import fr.portailfamille.application.bookings.DecideAbsence;
import fr.portailfamille.application.bookings.DecideEnrolment;
import fr.portailfamille.application.bookings.DeclareAbsence;
import fr.portailfamille.application.bookings.KeepRegister;
import fr.portailfamille.application.bookings.ManageActivities;
import fr.portailfamille.application.bookings.ManageSchoolCalendar;
import fr.portailfamille.application.bookings.ManageSlots;
import fr.portailfamille.application.bookings.PrepareSchoolYear;
import fr.portailfamille.application.bookings.RequestEnrolment;
import fr.portailfamille.application.bookings.ShowCalendar;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.messaging.Notifier;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.bookings.JooqAbsenceRepository;
import fr.portailfamille.persistence.bookings.JooqActivityRepository;
import fr.portailfamille.persistence.bookings.JooqAttendanceRepository;
import fr.portailfamille.persistence.bookings.JooqCalendarFeedRepository;
import fr.portailfamille.persistence.bookings.JooqEnrolmentRepository;
import fr.portailfamille.persistence.bookings.JooqSchoolCalendarRepository;
import fr.portailfamille.persistence.bookings.JooqSlotRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.bookings.AbsencePages;
import fr.portailfamille.web.bookings.AttendancePages;
import fr.portailfamille.web.bookings.CalendarFeedPages;
import fr.portailfamille.web.bookings.PlanningPages;
import fr.portailfamille.web.bookings.SchoolYearPages;
import fr.portailfamille.web.bookings.StaffBookingPages;

import java.time.Clock;
import java.util.List;

/**
 * Bookings: activities, school calendars, slots, enrolments, bookings, absences, registers and the calendar feeds.
 * Built after billing: the activity form lists its régies, and preparing a school year copies its tariffs.
 */
public final class BookingsArea {

    private final PortalBase base;
    private final BillingArea billing;
    private final AuditTrail trail;
    private final BookingsPorts ports;
    private final AbsenceRepository absences;
    private final RequestEnrolment requestEnrolment;
    private final ManageSchoolCalendar schoolCalendar;

    BookingsArea(PortalBase base, HouseholdsArea households, NotificationsArea notifications, BillingArea billing, AuditTrail trail) {
        this.base = base;
        this.billing = billing;
        this.trail = trail;
        ports = ports(base.db(), households.ports(), notifications.center(), base.clock());
        absences = new JooqAbsenceRepository(base.db());
        requestEnrolment = new RequestEnrolment(ports);
        schoolCalendar = new ManageSchoolCalendar(ports);
    }

    /** The booking ports over the database; families and their dossiers are the households area's, notifications the one centre's. */
    public static BookingsPorts ports(Db db, HouseholdsPorts households, Notifier notifier, Clock clock) {
        return new BookingsPorts(new JooqActivityRepository(db), new JooqSchoolCalendarRepository(db), new JooqSlotRepository(db),
                new JooqEnrolmentRepository(db), households, notifier, db, clock);
    }

    BookingsPorts ports() {
        return ports;
    }

    AbsenceRepository absences() {
        return absences;
    }

    RequestEnrolment requestEnrolment() {
        return requestEnrolment;
    }

    void addPages(List<PortalWeb.Area> pages, AccountsArea accounts) {
        var clock = base.clock();
        pages.add(new PlanningPages(new ShowCalendar(ports, absences), new SubmitBookings(ports, trail), new ApplyTypicalWeek(ports, trail),
                requestEnrolment, clock));
        pages.add(new StaffBookingPages(new ManageActivities(ports), schoolCalendar, new ManageSlots(ports), new DecideEnrolment(ports, trail), clock,
                new RegieChoices(new ActivityTariffChoices(billing.ports().cashOffices()))));
        pages.add(new AbsencePages(new DeclareAbsence(ports, absences), new DecideAbsence(ports, absences, trail)));
        pages.add(new AttendancePages(new KeepRegister(ports, absences, new JooqAttendanceRepository(base.db()))));
        pages.add(new CalendarFeedPages(new CalendarFeed(ports, new JooqCalendarFeedRepository(base.db()), accounts.ports().tokenGenerator()),
                base::publicBaseUrl));
        // preparing the next school year copies billing's tariffs through billing's own use case
        pages.add(new SchoolYearPages(new PrepareSchoolYear(ports, new CopyTariffsToYear(billing.cashOffices(), billing.setTariff())), schoolCalendar, clock));
    }
}
