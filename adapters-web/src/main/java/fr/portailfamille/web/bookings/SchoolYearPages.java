package fr.portailfamille.web.bookings;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.bookings.ManageSchoolCalendar;
import fr.portailfamille.application.bookings.PrepareSchoolYear;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.MultipartForm;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «Préparer l'année scolaire»: agents copy the year in progress to the next one, import (or enter) its holidays
 * from the ministry's file, and choose the day families may start enrolling in it. One page, from the year copied.
 */
public final class SchoolYearPages implements PortalWeb.Area {

    /** The official export for all zones and years is about 1 MB; a town's extract is a few kB. */
    static final int MAX_FILE = 4 * 1024 * 1024;
    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");

    private final PrepareSchoolYear prepare;
    private final ManageSchoolCalendar calendar;
    private final Clock clock;

    public SchoolYearPages(PrepareSchoolYear prepare, ManageSchoolCalendar calendar, Clock clock) {
        this.prepare = prepare;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/annee-scolaire", Access.STAFF, ex -> page(pages, ex, Status.OK_200, Map.of()));
        table.post("/agent/annee-scolaire/preparer", Access.STAFF, ex -> {
            switch (prepare.prepare(actor(ex.visitor()), new PrepareSchoolYear.Command(year(ex).label(), ex.field("firstDay"), ex.field("lastDay")))) {
                case PrepareSchoolYear.Result.Prepared done -> page(pages, ex, Status.OK_200, Map.of("notice",
                        "L'année scolaire " + done.calendar().schoolYear().label() + " est préparée : " + done.activities().size()
                                + " activités copiées. Saisissez ou importez maintenant ses vacances, puis choisissez l'ouverture des inscriptions.",
                        "tariffs", done.tariffs()));
                case PrepareSchoolYear.Result.Refused refused -> page(pages, ex, Pages.INVALID_FORM, Map.of("errors", refused.errors().asMap(),
                        "typed", typed(ex)));
            }
        });
        table.postMultipart("/agent/annee-scolaire/vacances", Access.STAFF, MAX_FILE, (ex, upload) -> importHolidays(pages, ex, upload));
        table.post("/agent/annee-scolaire/inscriptions", Access.STAFF, ex -> {
            var errors = calendar.openEnrolment(actor(ex.visitor()), year(ex).next(), ex.field("opensOn"));
            if (errors.isEmpty()) page(pages, ex, Status.OK_200, Map.of("notice", "La date d'ouverture des inscriptions est enregistrée."));
            else page(pages, ex, Pages.INVALID_FORM, Map.of("errors", errors.asMap(), "typed", typed(ex)));
        });
    }

    private void importHolidays(Pages pages, Exchange ex, MultipartForm upload) {
        var file = upload.file("file").filter(f -> !f.fileName().isBlank());
        List<String> errors;
        if (upload.tooLarge() || file.isPresent() && file.get().truncated()) {
            errors = List.of("Le fichier dépasse " + MAX_FILE / (1024 * 1024) + " Mo : téléchargez le calendrier de votre zone seulement.");
        } else if (file.isEmpty() || file.get().content().length == 0) {
            errors = List.of("Choisissez le fichier CSV du calendrier scolaire.");
        } else {
            errors = switch (OfficialCalendarCsv.read(file.get().content())) {
                case OfficialCalendarCsv.Read.Unreadable unreadable -> unreadable.errors();
                case OfficialCalendarCsv.Read.Rows rows -> switch (calendar.importHolidays(actor(ex.visitor()), year(ex).next(), rows.rows())) {
                    case ManageSchoolCalendar.Imported.Invalid invalid -> invalid.errors();
                    case ManageSchoolCalendar.Imported.Done done -> {
                        page(pages, ex, Status.OK_200, Map.of("notice", done.periods().size() + " périodes de vacances importées ("
                                + done.ignored() + " lignes d'autres zones, d'autres années ou pour les enseignants ignorées)."));
                        yield List.of();
                    }
                };
            };
        }
        if (!errors.isEmpty()) page(pages, ex, Pages.INVALID_FORM, Map.of("fileErrors", errors));
    }

    private void page(Pages pages, Exchange ex, Status status, Map<String, Object> extra) {
        var from = year(ex);
        var proposal = prepare.proposal(actor(ex.visitor()), from);
        var model = new HashMap<String, Object>();
        model.put("proposal", proposal);
        model.put("errors", Map.of());
        model.put("typed", Map.of());
        calendar.show(actor(ex.visitor()), from.next()).ifPresent(c -> model.put("next", c));
        proposal.opening().ifPresent(o -> model.put("opening", o));
        model.putAll(extra);
        pages.render(ex, status, "bookings/staff-school-year.ftlh", "Préparer l'année scolaire " + from.next().label(),
                List.of(HOME, Breadcrumb.here("Année scolaire " + from.next().label())), model);
    }

    private static Map<String, String> typed(Exchange ex) {
        var typed = new HashMap<String, String>();
        ex.form().names().forEach(n -> typed.put(n, ex.field(n)));
        return typed;
    }

    /** The year copied: «?annee=2026-2027», else the one in progress. */
    private SchoolYear year(Exchange ex) {
        String text = ex.query("annee");
        try {
            if (!text.isEmpty()) return SchoolYear.parse(text);
        } catch (IllegalArgumentException ignored) {
            // falls back to the year in progress
        }
        return SchoolYear.containing(LocalDate.now(clock.withZone(TownZone.ZONE)));
    }
}
