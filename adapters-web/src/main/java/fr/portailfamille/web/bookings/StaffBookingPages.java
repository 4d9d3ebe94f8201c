package fr.portailfamille.web.bookings;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.bookings.DecideEnrolment;
import fr.portailfamille.application.bookings.ManageActivities;
import fr.portailfamille.application.bookings.ManageSchoolCalendar;
import fr.portailfamille.application.bookings.ManageSlots;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;
import static fr.portailfamille.web.bookings.PlanningPages.all;

/** The agents' back-office of bookings: activities and their rules, the school calendar, slots and waiting lists, enrolments to decide. */
public final class StaffBookingPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb ACTIVITIES = new Breadcrumb("Activités", "/agent/activites");

    private final ManageActivities activities;
    private final ManageSchoolCalendar calendar;
    private final ManageSlots slots;
    private final DecideEnrolment enrolments;
    private final Clock clock;
    private final BillingChoices billing;

    public StaffBookingPages(ManageActivities activities, ManageSchoolCalendar calendar, ManageSlots slots, DecideEnrolment enrolments, Clock clock) {
        this(activities, calendar, slots, enrolments, clock, BillingChoices.NONE);
    }

    public StaffBookingPages(ManageActivities activities, ManageSchoolCalendar calendar, ManageSlots slots, DecideEnrolment enrolments, Clock clock,
                             BillingChoices billing) {
        this.billing = billing;
        this.activities = activities;
        this.calendar = calendar;
        this.slots = slots;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/activites", Access.STAFF, ex -> {
            var year = year(ex);
            pages.render(ex, "bookings/staff-activities.ftlh", "Activités " + year.label(), List.of(HOME, Breadcrumb.here("Activités")),
                    Map.of("activities", activities.list(actor(ex.visitor()), year), "year", year, "saved", ex.query("enregistre")));
        });
        table.get("/agent/activites/nouvelle", Access.STAFF, ex -> activityForm(pages, ex, Status.OK_200, null, null, empty(year(ex))));
        table.post("/agent/activites", Access.STAFF, ex -> saveActivity(pages, ex, null));
        table.get("/agent/activites/{activity}", Access.STAFF, ex -> {
            var activity = activities.find(actor(ex.visitor()), PathIds.of(ex, "activity"));
            activityForm(pages, ex, Status.OK_200, activity.id(), null, form(activity));
        });
        table.post("/agent/activites/{activity}", Access.STAFF, ex -> saveActivity(pages, ex, PathIds.of(ex, "activity")));
        table.get("/agent/activites/{activity}/creneaux", Access.STAFF, ex -> {
            YearMonth month;
            try {
                month = ex.query("mois").isEmpty() ? YearMonth.now(clock.withZone(TownZone.ZONE)) : YearMonth.parse(ex.query("mois"));
            } catch (DateTimeParseException e) {
                month = YearMonth.now(clock.withZone(TownZone.ZONE));
            }
            var view = slots.month(actor(ex.visitor()), PathIds.of(ex, "activity"), month);
            pages.render(ex, "bookings/staff-slots.ftlh", "Créneaux : " + view.activity().name(), List.of(HOME, ACTIVITIES,
                    Breadcrumb.here(view.activity().name())), Map.of("view", view, "monthLabel", BookingDates.longDate(month.atDay(1)).replaceFirst("^\\S+ 1er ", ""),
                    "previous", month.minusMonths(1).toString(), "next", month.plusMonths(1).toString()));
        });
        table.get("/agent/activites/{activity}/creneaux/{day}", Access.STAFF, ex -> slotPage(pages, ex, Status.OK_200, null, null));
        table.post("/agent/activites/{activity}/creneaux/{day}/fermer", Access.STAFF, ex -> {
            slots.close(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex));
            slotPage(pages, ex, Status.OK_200, null, "Le créneau est fermé : plus aucune réservation n'est possible ce jour-là ; les familles des enfants réservés sont prévenues et ce jour ne leur sera pas facturé.");
        });
        table.post("/agent/activites/{activity}/creneaux/{day}/ouvrir", Access.STAFF, ex -> {
            slots.reopen(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex));
            slotPage(pages, ex, Status.OK_200, null, "Le créneau est rouvert.");
        });
        table.post("/agent/activites/{activity}/creneaux/{day}/places", Access.STAFF, ex -> {
            switch (slots.changeCapacity(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex), ex.field("capacity"))) {
                case ManageSlots.CapacityChange.Invalid invalid -> slotPage(pages, ex, Pages.INVALID_FORM, invalid.errors(), null);
                case ManageSlots.CapacityChange.Changed changed -> slotPage(pages, ex, Status.OK_200, null, "Le nombre de places est enregistré"
                        + switch (changed.promoted()) {
                            case 0 -> ".";
                            case 1 -> " ; le premier enfant de la liste d'attente a obtenu une place, sa famille est prévenue.";
                            default -> " ; les " + changed.promoted() + " premiers enfants de la liste d'attente ont obtenu une place, leurs familles sont prévenues.";
                        });
            }
        });

        table.get("/agent/calendrier-scolaire", Access.STAFF, ex -> calendarPage(pages, ex, Status.OK_200, null, null));
        table.post("/agent/calendrier-scolaire", Access.STAFF, ex -> calendarChanged(pages, ex,
                calendar.settings(actor(ex.visitor()), year(ex), ex.field("zone"), ex.field("firstDay"), ex.field("lastDay"),
                        "oui".equals(ex.field("alsaceMoselle"))), "Le calendrier est enregistré."));
        table.post("/agent/calendrier-scolaire/vacances", Access.STAFF, ex -> calendarChanged(pages, ex,
                calendar.addHoliday(actor(ex.visitor()), year(ex), ex.field("holidayName"), ex.field("holidayFirst"), ex.field("holidayLast")),
                "La période de vacances est ajoutée."));
        table.post("/agent/calendrier-scolaire/vacances/{day}/supprimer", Access.STAFF, ex -> {
            calendar.removeHoliday(actor(ex.visitor()), year(ex), day(ex));
            calendarPage(pages, ex, Status.OK_200, null, "La période de vacances est retirée.");
        });
        table.post("/agent/calendrier-scolaire/fermetures", Access.STAFF, ex -> calendarChanged(pages, ex,
                calendar.addClosure(actor(ex.visitor()), year(ex), ex.field("closureDay"), ex.field("closureReason")), "Le jour de fermeture est ajouté."));
        table.post("/agent/calendrier-scolaire/fermetures/{day}/supprimer", Access.STAFF, ex -> {
            calendar.removeClosure(actor(ex.visitor()), year(ex), day(ex));
            calendarPage(pages, ex, Status.OK_200, null, "Le jour de fermeture est retiré.");
        });

        table.get("/agent/inscriptions", Access.STAFF, ex -> enrolmentsPage(pages, ex, Status.OK_200, null, null));
        table.get("/agent/foyers/{household}/inscription", Access.STAFF, ex -> enrolForm(pages, ex, Status.OK_200, null, null));
        table.post("/agent/foyers/{household}/inscription", Access.STAFF, ex -> {
            var errors = enrolments.enrol(actor(ex.visitor()), PathIds.of(ex, "household"), PlanningPages.idOrZero(ex.field("child")),
                    PlanningPages.idOrZero(ex.field("activity")), "oui".equals(ex.field("despiteTarget")));
            if (errors.isEmpty()) enrolForm(pages, ex, Status.OK_200, null, "L'enfant est inscrit ; la famille est prévenue et peut réserver les jours.");
            else enrolForm(pages, ex, Pages.INVALID_FORM, errors, null);
        });
        table.post("/agent/inscriptions/{enrolment}/accepter", Access.STAFF, ex -> {
            enrolments.accept(actor(ex.visitor()), PathIds.of(ex, "enrolment"));
            enrolmentsPage(pages, ex, Status.OK_200, null, "L'inscription est acceptée ; la famille est prévenue.");
        });
        table.post("/agent/inscriptions/{enrolment}/refuser", Access.STAFF, ex -> {
            var errors = enrolments.refuse(actor(ex.visitor()), PathIds.of(ex, "enrolment"), ex.field("reason"));
            if (errors.isEmpty()) enrolmentsPage(pages, ex, Status.OK_200, null, "L'inscription est refusée ; la famille est prévenue du motif.");
            else enrolmentsPage(pages, ex, Pages.INVALID_FORM, errors, null);
        });
    }

    private void saveActivity(Pages pages, Exchange ex, Long id) {
        var command = new ManageActivities.Command(ex.field("schoolYear"), ex.field("name"), ex.field("kind"), ex.field("unit"),
                all(ex.form(), "weekday"), ex.field("capacity"), "oui".equals(ex.field("waitingList")), ex.field("bookingRule"),
                ex.field("cancellationRule"), ex.field("cashOfficeId"), ex.field("priceCategory"), all(ex.form(), "school"), all(ex.form(), "level"));
        switch (activities.save(actor(ex.visitor()), id, command)) {
            case ManageActivities.Result.Saved saved -> Pages.redirect(ex.response(), "/agent/activites?annee=" + saved.activity().schoolYear().label() + "&enregistre=oui");
            case ManageActivities.Result.Invalid invalid -> {
                var form = new HashMap<String, Object>();
                ex.form().names().forEach(n -> form.put(n, ex.field(n)));
                form.put("weekdays", command.weekdays());
                form.put("schools", command.schools());
                form.put("levels", command.levels());
                activityForm(pages, ex, Pages.INVALID_FORM, id, invalid.errors(), form);
            }
        }
    }

    private void activityForm(Pages pages, Exchange ex, Status status, Long id, FieldErrors errors, Map<String, Object> form) {
        var model = new HashMap<String, Object>();
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("action", id == null ? "/agent/activites" : "/agent/activites/" + id);
        List<List<String>> kinds = new ArrayList<>();
        for (ActivityKind k : ActivityKind.values()) kinds.add(List.of(k.name(), k.label() + " (" + k.family().label().toLowerCase() + ")"));
        List<List<String>> units = new ArrayList<>();
        for (BookingUnit u : BookingUnit.values()) units.add(List.of(u.name(), u.label()));
        List<List<String>> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) days.add(List.of(Integer.toString(d), BookingDates.dayName(d)));
        model.put("kinds", kinds);
        model.put("units", units);
        model.put("days", days);
        model.put("schools", activities.schools(actor(ex.visitor())));
        List<List<String>> levels = new ArrayList<>();
        for (SchoolLevel l : SchoolLevel.values()) levels.add(List.of(l.name(), l.label()));
        model.put("levels", levels);
        model.put("cashOffices", withCurrent(billing.cashOffices(), form.get("cashOfficeId")));
        model.put("priceCategories", withCurrent(billing.priceCategories(), form.get("priceCategory")));
        String title = id == null ? "Nouvelle activité" : "Modifier l'activité";
        pages.render(ex, status, "bookings/staff-activity.ftlh", title, List.of(HOME, ACTIVITIES, Breadcrumb.here(title)), model);
    }

    /**
     * The choices, plus the activity's current code when no choice has it (a régie or tariff line since renamed): saving
     * the form unchanged keeps it. Empty when there is no choice at all: the form then asks for the code as text.
     */
    private static List<List<String>> withCurrent(List<List<String>> choices, Object current) {
        if (choices.isEmpty() || !(current instanceof String code) || code.isBlank() || choices.stream().anyMatch(c -> c.getFirst().equals(code))) {
            return choices;
        }
        var all = new ArrayList<>(choices);
        all.add(List.of(code, code + " (inconnu de la facturation)"));
        return all;
    }

    private static Map<String, Object> empty(SchoolYear year) {
        var form = new HashMap<String, Object>();
        form.put("schoolYear", year.label());
        form.put("weekdays", List.of("1", "2", "4", "5"));
        form.put("waitingList", "oui");
        form.put("bookingRule", "J-2 avant 12h hors week-ends et jours fériés");
        form.put("cancellationRule", "J-2 avant 12h hors week-ends et jours fériés");
        return form;
    }

    private static Map<String, Object> form(Activity a) {
        var form = new HashMap<String, Object>();
        form.put("schoolYear", a.schoolYear().label());
        form.put("name", a.name());
        form.put("kind", a.kind().name());
        form.put("unit", a.unit().name());
        form.put("weekdays", a.weekdays().stream().map(d -> Integer.toString(d.getValue())).toList());
        form.put("capacity", Integer.toString(a.defaultCapacity()));
        form.put("waitingList", a.waitingList() ? "oui" : "");
        form.put("bookingRule", a.bookingRule().text());
        form.put("cancellationRule", a.cancellationRule().text());
        form.put("cashOfficeId", a.cashOfficeId());
        form.put("priceCategory", a.priceCategory());
        form.put("schools", List.copyOf(a.schools()));
        form.put("levels", List.copyOf(a.levels()));
        return form;
    }

    private void slotPage(Pages pages, Exchange ex, Status status, FieldErrors errors, String notice) {
        var detail = slots.detail(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex));
        var model = new HashMap<String, Object>();
        model.put("detail", detail);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/staff-slot.ftlh", detail.activity().name() + " – " + detail.dayLabel(), List.of(HOME, ACTIVITIES,
                new Breadcrumb(detail.activity().name(), "/agent/activites/" + detail.activity().id() + "/creneaux?mois=" + detail.day().toString().substring(0, 7)),
                Breadcrumb.here(detail.dayLabel())), model);
    }

    private void calendarChanged(Pages pages, Exchange ex, FieldErrors errors, String notice) {
        if (errors.isEmpty()) calendarPage(pages, ex, Status.OK_200, null, notice);
        else calendarPage(pages, ex, Pages.INVALID_FORM, errors, null);
    }

    private void calendarPage(Pages pages, Exchange ex, Status status, FieldErrors errors, String notice) {
        var year = year(ex);
        var model = new HashMap<String, Object>();
        model.put("year", year);
        calendar.show(actor(ex.visitor()), year).ifPresent(c -> model.put("calendar", c));
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        var typed = new HashMap<String, String>();
        if (errors != null) ex.form().names().forEach(n -> typed.put(n, ex.field(n)));
        model.put("typed", typed);
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/staff-calendar.ftlh", "Calendrier scolaire " + year.label(), List.of(HOME, Breadcrumb.here("Calendrier scolaire")), model);
    }

    private void enrolmentsPage(Pages pages, Exchange ex, Status status, FieldErrors errors, String notice) {
        var model = new HashMap<String, Object>();
        model.put("pending", enrolments.pending(actor(ex.visitor())));
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/staff-enrolments.ftlh", "Inscriptions à traiter", List.of(HOME, Breadcrumb.here("Inscriptions")), model);
    }

    private void enrolForm(Pages pages, Exchange ex, Status status, FieldErrors errors, String notice) {
        var form = enrolments.enrolForm(actor(ex.visitor()), PathIds.of(ex, "household"), year(ex));
        var model = new HashMap<String, Object>();
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("typed", Map.of("child", errors == null ? "" : ex.field("child"), "activity", errors == null ? "" : ex.field("activity"),
                "despiteTarget", errors != null && "oui".equals(ex.field("despiteTarget"))));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/staff-enrol.ftlh", "Inscrire un enfant – " + form.householdName(), List.of(HOME,
                new Breadcrumb("Foyer " + form.householdName(), "/agent/foyers/" + form.householdId()), Breadcrumb.here("Inscription")), model);
    }

    private SchoolYear year(Exchange ex) {
        String text = ex.query("annee").isEmpty() ? ex.field("annee") : ex.query("annee");
        try {
            if (!text.isEmpty()) return SchoolYear.parse(text);
        } catch (IllegalArgumentException ignored) {
            // falls back to the current year
        }
        return SchoolYear.containing(LocalDate.now(clock.withZone(TownZone.ZONE)));
    }

    private static LocalDate day(Exchange ex) {
        try {
            return LocalDate.parse(ex.pathParam("day"));
        } catch (DateTimeParseException e) {
            throw new Actor.NotAllowed();
        }
    }

}
