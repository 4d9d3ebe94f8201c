package fr.portailfamille.web.bookings;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.bookings.KeepRegister;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.Attendance;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import fr.portailfamille.web.Spreadsheet;
import io.helidon.http.Status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The agents' attendance register of an activity's day: the marking form, a page to print, a CSV export. */
public final class AttendancePages implements PortalWeb.Area {

    private static final String ROOT = "/agent/activites/{activity}/creneaux/{day}/appel";
    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb ACTIVITIES = new Breadcrumb("Activités", "/agent/activites");

    private final KeepRegister registers;

    public AttendancePages(KeepRegister registers) {
        this.registers = registers;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get(ROOT, Access.STAFF, ex -> page(pages, ex, Status.OK_200, null, null));
        table.post(ROOT, Access.STAFF, ex -> {
            var choices = new HashMap<Long, String>();
            for (String name : ex.form().names()) {
                long child = name.startsWith("presence-") ? PlanningPages.idOrZero(name.substring("presence-".length())) : 0;
                if (child > 0) choices.put(child, ex.field(name));
            }
            var errors = registers.save(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex), choices);
            if (errors.isEmpty()) page(pages, ex, Status.OK_200, null, "Le registre est enregistré.");
            else page(pages, ex, Pages.INVALID_FORM, errors, null);
        });
        table.post(ROOT + "/sans-reservation", Access.STAFF, ex -> {
            var errors = registers.addWithoutBooking(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex), ex.field("child"));
            if (errors.isEmpty()) page(pages, ex, Status.OK_200, null, "L'enfant est ajouté au registre : présent sans réservation (facturé comme tel).");
            else page(pages, ex, Pages.INVALID_FORM, errors, null);
        });
        table.get(ROOT + "/imprimer", Access.STAFF, ex -> {
            var register = registers.register(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex));
            pages.render(ex, "bookings/register-print.ftlh", "Registre d'appel – " + register.activity().name() + " – " + register.dayLabel(),
                    List.of(), Map.of("register", register, "signatureLine", true));
        });
        table.get(ROOT + "/export.csv", Access.STAFF, ex -> {
            var register = registers.register(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex));
            var rows = register.lines().stream().map(l -> List.of(l.child().lastName(), l.child().firstNames(), l.child().level() == null ? "" : l.child().level().label(),
                    l.child().school(), l.attendance().label())).toList();
            Spreadsheet.send(ex.response(), "registre-" + register.activity().id() + "-" + register.day() + ".csv",
                    Spreadsheet.write(List.of("Nom", "Prénoms", "Niveau", "École", "Présence"), rows));
        });
    }

    private void page(Pages pages, Exchange ex, Status status, FieldErrors errors, String notice) {
        var register = registers.register(actor(ex.visitor()), PathIds.of(ex, "activity"), day(ex));
        var model = new HashMap<String, Object>();
        model.put("register", register);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("justified", Attendance.JUSTIFIED);
        model.put("base", "/agent/activites/" + register.activity().id() + "/creneaux/" + register.day());
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/register.ftlh", "Registre d'appel – " + register.activity().name() + " – " + register.dayLabel(),
                List.of(HOME, ACTIVITIES, new Breadcrumb(register.activity().name(), "/agent/activites/" + register.activity().id() + "/creneaux?mois="
                        + register.day().toString().substring(0, 7)), new Breadcrumb(register.dayLabel(), "/agent/activites/" + register.activity().id()
                        + "/creneaux/" + register.day()), Breadcrumb.here("Registre d'appel")), model);
    }

    private static LocalDate day(Exchange ex) {
        try {
            return LocalDate.parse(ex.pathParam("day"));
        } catch (DateTimeParseException e) {
            throw new Actor.NotAllowed();
        }
    }
}
