package fr.portailfamille.web.bookings;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.bookings.ApplyTypicalWeek;
import fr.portailfamille.application.bookings.RequestEnrolment;
import fr.portailfamille.application.bookings.ShowCalendar;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.Periodicity;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.Status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «PLANNING» for a family: the month (default), the real week or one day (the phone view), each cell in words with
 * a checkbox; «Soumettre» books and cancels the ticked days together and answers item by item. «Modifier» then
 * «Modification avancée» leads to the typical week. «Inscriptions périscolaires» asks for enrolments. Everything
 * works without JavaScript: links for navigation, plain forms for changes.
 */
public final class PlanningPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb PLANNING = new Breadcrumb("Planning", "/planning");

    private final ShowCalendar calendar;
    private final SubmitBookings submit;
    private final ApplyTypicalWeek typicalWeek;
    private final RequestEnrolment enrolments;
    private final Clock clock;

    public PlanningPages(ShowCalendar calendar, SubmitBookings submit, ApplyTypicalWeek typicalWeek, RequestEnrolment enrolments, Clock clock) {
        this.calendar = calendar;
        this.submit = submit;
        this.typicalWeek = typicalWeek;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/planning", Access.PARENT, ex -> planning(pages, ex));
        table.get("/planning/jour", Access.PARENT, ex -> day(pages, ex));
        table.post("/planning", Access.PARENT, ex -> submitted(pages, ex));
        table.get("/planning/reponse", Access.PARENT, ex -> pages.takeResult(ex, Answered.class).ifPresentOrElse(
                answered -> pages.render(ex, "bookings/result.ftlh", "Réponse à vos demandes", List.of(HOME, PLANNING, Breadcrumb.here("Réponse")),
                        Map.of("result", answered.result(), "back", answered.back())),
                () -> Pages.redirect(ex.response(), "/planning")));
        table.get("/planning/semaine-type", Access.PARENT, ex -> typicalWeekPage(pages, ex, Status.OK_200, List.of(), Map.of(),
                new ApplyTypicalWeek.Command(List.of(), List.of(), "", "", "", List.of())));
        table.post("/planning/semaine-type", Access.PARENT, ex -> {
            var command = new ApplyTypicalWeek.Command(all(ex.form(), "activity"), all(ex.form(), "person"), ex.field("from"), ex.field("to"),
                    ex.field("periodicity"), all(ex.form(), "weekday"));
            switch (typicalWeek.apply(actor(ex.visitor()), command)) {
                case ApplyTypicalWeek.Result.Invalid invalid -> typicalWeekPage(pages, ex, Pages.INVALID_FORM, invalid.errors(),
                        Map.of("from", command.from(), "to", command.to(), "periodicity", command.periodicity()), command);
                case ApplyTypicalWeek.Result.Applied applied -> pages.redirectWithResult(ex, "/planning/semaine-type/reponse", applied);
            }
        });
        // the answer after the redirect, shown once; a reload (or a bookmark) comes back to the form and books nothing
        table.get("/planning/semaine-type/reponse", Access.PARENT, ex -> pages.takeResult(ex, ApplyTypicalWeek.Result.Applied.class).ifPresentOrElse(
                applied -> pages.render(ex, "bookings/typical-week-result.ftlh", typicalWeekTitle(applied),
                        List.of(HOME, PLANNING, Breadcrumb.here("Semaine type")), Map.of("applied", applied)),
                () -> Pages.redirect(ex.response(), "/planning/semaine-type")));
        table.get("/inscriptions", Access.PARENT, ex -> enrolmentsPage(pages, ex, Status.OK_200, null, null));
        table.post("/inscriptions", Access.PARENT, ex -> {
            long child = idOrZero(ex.field("child"));
            long activity = idOrZero(ex.field("activity"));
            var result = child == 0 ? new RequestEnrolment.Result.Refused("Choisissez un enfant.")
                    : enrolments.request(actor(ex.visitor()), child, activity);
            switch (result) {
                case RequestEnrolment.Result.Requested r -> pages.redirectWithNotice(ex, "/inscriptions"
                        + (ex.field("annee").isEmpty() ? "" : "?annee=" + java.net.URLEncoder.encode(ex.field("annee"), java.nio.charset.StandardCharsets.UTF_8)),
                        r.message());
                case RequestEnrolment.Result.Refused r -> enrolmentsPage(pages, ex, Pages.INVALID_FORM, null, r.message());
            }
        });
    }

    private void planning(Pages pages, Exchange ex) {
        boolean week = "semaine".equals(ex.query("vue"));
        var query = new ShowCalendar.Query(week ? ShowCalendar.Period.WEEK : ShowCalendar.Period.MONTH, month(ex).orElseGet(() -> anchor(ex)), optionalId(ex.query("enfant")),
                optionalId(ex.query("activite")));
        var view = calendar.show(actor(ex.visitor()), query);
        var model = new HashMap<String, Object>();
        model.put("view", view);
        model.put("week", week);
        model.put("filters", filters(query));
        model.put("months", months(view.from()));
        model.put("month", java.time.YearMonth.from(view.from()).toString());
        pages.render(ex, "bookings/planning.ftlh", "Mon planning", List.of(HOME, Breadcrumb.here("Planning")), model);
    }

    /** «?date=» opens that day; without it, today or the next day that can be booked from «?depuis=» (the month shown). */
    private void day(Pages pages, Exchange ex) {
        Long child = optionalId(ex.query("enfant"));
        LocalDate day = anchor(ex);
        if (ex.query("date").isEmpty()) {
            LocalDate today = LocalDate.now(clock.withZone(TownZone.ZONE));
            LocalDate from = parsedOr(ex.query("depuis"), today);
            day = calendar.firstBookableDay(actor(ex.visitor()), from.isBefore(today) ? today : from, child);
        }
        var query = new ShowCalendar.Query(ShowCalendar.Period.DAY, day, child, null);
        var view = calendar.show(actor(ex.visitor()), query);
        var model = new HashMap<String, Object>();
        model.put("view", view);
        model.put("filters", filters(query));
        pages.render(ex, "bookings/day.ftlh", "Réserver un jour", List.of(HOME, PLANNING, Breadcrumb.here("Jour")), model);
    }

    private void submitted(Pages pages, Exchange ex) {
        List<SubmitBookings.Item> items = new ArrayList<>();
        for (String key : all(ex.form(), "reserver")) items.add(SubmitBookings.Item.parse(key, false).orElseThrow(Actor.NotAllowed::new));
        for (String key : all(ex.form(), "annuler")) items.add(SubmitBookings.Item.parse(key, true).orElseThrow(Actor.NotAllowed::new));
        String back = backTo(ex.field("retour"));
        if (items.isEmpty()) {
            pages.render(ex, Pages.INVALID_FORM, "bookings/result.ftlh", "Réponse à vos demandes", List.of(HOME, PLANNING, Breadcrumb.here("Réponse")),
                    Map.of("empty", SubmitBookings.NOTHING_SELECTED, "back", back));
            return;
        }
        pages.redirectWithResult(ex, "/planning/reponse", new Answered(submit.submit(actor(ex.visitor()), items), back));
    }

    /** Each day's answer and the page the parent came from, kept for the page after the redirect. */
    private record Answered(SubmitBookings.Result result, String back) {
    }

    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH);

    /** «1 Sélection du mois» (seed 000): the months of the school year shown, «septembre 2026» … «août 2027», as label and value. */
    static List<Breadcrumb> months(LocalDate shown) {
        var year = SchoolYear.containing(shown);
        var months = new ArrayList<Breadcrumb>();
        for (var m = java.time.YearMonth.from(year.firstDay()); !m.isAfter(java.time.YearMonth.from(year.lastDay())); m = m.plusMonths(1)) {
            months.add(new Breadcrumb(MONTH.format(m), m.toString()));
        }
        return months;
    }

    /** The answer's title says what happened: nothing booked is no «enregistrée». */
    static String typicalWeekTitle(ApplyTypicalWeek.Result.Applied applied) {
        if (applied.booked() > 0) return "Semaine type enregistrée";
        return applied.waitlisted() > 0 ? "Semaine type : jours sur liste d'attente seulement" : "Semaine type : aucun jour réservé";
    }

    /** @param ticked the activities, persons and weekdays ticked (kept when the form comes back with errors) */
    private void typicalWeekPage(Pages pages, Exchange ex, Status status, List<String> errors, Map<String, String> form, ApplyTypicalWeek.Command ticked) {
        var today = LocalDate.now(clock.withZone(TownZone.ZONE));
        var view = enrolments.view(actor(ex.visitor()), SchoolYear.containing(today));
        var model = new HashMap<String, Object>();
        model.put("view", view);
        model.put("errors", errors);
        var values = new HashMap<String, String>(Map.of("from", today.toString(), "to", SchoolYear.containing(today).lastDay().toString()));
        values.putAll(form);
        model.put("form", values);
        model.put("activities", ticked.activityIds());
        model.put("persons", ticked.personIds());
        model.put("weekdays", ticked.weekdays());
        model.put("periodicities", Periodicity.values());
        model.put("parityHint", Periodicity.parityInWords(today));
        List<List<String>> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) days.add(List.of(Integer.toString(d), BookingDates.dayName(d)));
        model.put("days", days);
        pages.render(ex, status, "bookings/typical-week.ftlh", "Saisie d'une semaine type", List.of(HOME, PLANNING, Breadcrumb.here("Semaine type")), model);
    }

    private void enrolmentsPage(Pages pages, Exchange ex, Status status, String notice, String error) {
        var current = SchoolYear.containing(LocalDate.now(clock.withZone(TownZone.ZONE)));
        // the year in progress, or the next one (prepared from June): «?annee=2027-2028»
        var year = current;
        String asked = ex.query("annee").isEmpty() ? ex.field("annee") : ex.query("annee");
        try {
            if (!asked.isEmpty() && SchoolYear.parse(asked).equals(current.next())) year = current.next();
        } catch (IllegalArgumentException ignored) {
            // a hand-typed year that is none: the year in progress
        }
        var model = new HashMap<String, Object>();
        model.put("view", enrolments.view(actor(ex.visitor()), year));
        model.put("otherYear", year.equals(current) ? current.next() : current);
        if (notice != null) model.put("notice", notice);
        if (error != null) model.put("error", error);
        model.put("form", Map.of("child", ex.field("child"), "activity", ex.field("activity")));
        pages.render(ex, status, "bookings/enrolments.ftlh", "Inscriptions périscolaires", List.of(HOME, Breadcrumb.here("Inscriptions périscolaires")), model);
    }

    private LocalDate anchor(Exchange ex) {
        return parsedOr(ex.query("date"), LocalDate.now(clock.withZone(TownZone.ZONE)));
    }

    /** «?mois=2027-01» (the links of the mails) opens that month. */
    private static java.util.Optional<LocalDate> month(Exchange ex) {
        try {
            return ex.query("mois").isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.time.YearMonth.parse(ex.query("mois")).atDay(1));
        } catch (DateTimeParseException notAMonth) {
            return java.util.Optional.empty();
        }
    }

    private static LocalDate parsedOr(String date, LocalDate otherwise) {
        try {
            if (!date.isEmpty()) return LocalDate.parse(date);
        } catch (DateTimeParseException ignored) {
            // a hand-typed date that is none
        }
        return otherwise;
    }

    /** The filters as query-string pieces kept by the navigation links. */
    private static Map<String, String> filters(ShowCalendar.Query q) {
        return Map.of("enfant", q.childId() == null ? "" : Long.toString(q.childId()),
                "activite", q.activityId() == null ? "" : Long.toString(q.activityId()));
    }

    /** Only the portal's own planning pages: never an open redirect. */
    private static String backTo(String path) {
        return path.startsWith("/planning") && !path.startsWith("//") && !path.contains("\\") ? path : "/planning";
    }

    static List<String> all(Parameters form, String name) {
        return form.contains(name) ? form.all(name) : List.of();
    }

    private static Long optionalId(String text) {
        long id = idOrZero(text);
        return id == 0 ? null : id;
    }

    static long idOrZero(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
