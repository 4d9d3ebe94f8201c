package fr.portailfamille.web.bookings;

import fr.portailfamille.application.bookings.DeclareAbsence;
import fr.portailfamille.application.bookings.DecideAbsence;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Downloads;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «Absences»: a family declares a child's absence for illness with the medical certificate and follows the town's
 * decision; agents validate or refuse the pending ones. A certificate is served to its household and to staff only.
 */
public final class AbsencePages implements PortalWeb.Area {

    private static final int MAX_UPLOAD = UploadedFile.MAX_BYTES + 64 * 1024;
    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb PLANNING = new Breadcrumb("Planning", "/planning");

    private final DeclareAbsence declare;
    private final DecideAbsence decide;

    public AbsencePages(DeclareAbsence declare, DecideAbsence decide) {
        this.declare = declare;
        this.decide = decide;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/planning/absences", Access.PARENT, ex -> familyPage(pages, ex, Status.OK_200, Map.of(), null));
        table.postMultipart("/planning/absences", Access.PARENT, MAX_UPLOAD, (ex, upload) -> {
            var file = upload.file("file");
            var command = new DeclareAbsence.Command(ex.field("child"), ex.field("firstDay"), ex.field("lastDay"),
                    file.map(f -> f.fileName()).orElse(""), file.map(f -> f.content()).orElse(new byte[0]),
                    upload.tooLarge() || file.map(f -> f.truncated()).orElse(false));
            switch (declare.declare(actor(ex.visitor()), command)) {
                case DeclareAbsence.Result.Declared declared -> familyPage(pages, ex, Status.OK_200, Map.of(), declared.message());
                case DeclareAbsence.Result.Invalid invalid -> familyPage(pages, ex, Pages.INVALID_FORM, invalid.errors().asMap(), null);
            }
        });
        table.get("/planning/absences/{absence}/certificat", Access.PARENT, ex ->
                download(ex, declare.certificate(actor(ex.visitor()), PlanningPages.idOrZero(ex.pathParam("absence")))));

        table.get("/agent/absences", Access.STAFF, ex -> staffPage(pages, ex, Status.OK_200, null, null));
        table.post("/agent/absences/{absence}/valider", Access.STAFF, ex -> {
            decide.validate(actor(ex.visitor()), PlanningPages.idOrZero(ex.pathParam("absence")));
            pages.redirectWithNotice(ex, "/agent/absences", "L'absence est validée : ces jours ne seront pas facturés ; la famille est prévenue.");
        });
        table.post("/agent/absences/{absence}/refuser", Access.STAFF, ex -> {
            var errors = decide.refuse(actor(ex.visitor()), PlanningPages.idOrZero(ex.pathParam("absence")), ex.field("reason"));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, "/agent/absences", "L'absence est refusée ; la famille est prévenue et lit le motif dans son espace.");
            else staffPage(pages, ex, Pages.INVALID_FORM, errors, null);
        });
        table.get("/agent/absences/{absence}/certificat", Access.STAFF, ex ->
                download(ex, decide.certificate(actor(ex.visitor()), PlanningPages.idOrZero(ex.pathParam("absence")))));
    }

    private static void download(Exchange ex, DeclareAbsence.Certificate certificate) {
        String extension = FileType.detect(certificate.content()).map(FileType::extension).orElse("bin");
        Downloads.attachment(ex.response(), certificate.name(), certificate.mediaType(), extension, certificate.content());
    }

    private void familyPage(Pages pages, Exchange ex, Status status, Map<String, String> errors, String notice) {
        var model = new HashMap<String, Object>();
        model.put("view", declare.view(actor(ex.visitor())));
        model.put("errors", errors);
        boolean keep = notice == null;
        model.put("form", Map.of("child", keep ? ex.field("child") : "", "firstDay", keep ? ex.field("firstDay") : "",
                "lastDay", keep ? ex.field("lastDay") : ""));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/absences.ftlh", "Absences pour maladie", List.of(HOME, PLANNING, Breadcrumb.here("Absences")), model);
    }

    private void staffPage(Pages pages, Exchange ex, Status status, FieldErrors errors, String notice) {
        var model = new HashMap<String, Object>();
        model.put("pending", decide.pending(actor(ex.visitor())));
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "bookings/staff-absences.ftlh", "Absences à valider", List.of(HOME, Breadcrumb.here("Absences")), model);
    }
}
