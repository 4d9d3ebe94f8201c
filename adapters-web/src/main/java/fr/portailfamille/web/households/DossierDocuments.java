package fr.portailfamille.web.households;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.web.Downloads;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.MultipartForm;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The dossier's documents: the justificatifs the family sends, the files the town attached, their downloads. */
final class DossierDocuments {

    private final DossierForms forms;

    DossierDocuments(DossierForms forms) {
        this.forms = forms;
    }

    void register(RouteTable table, Pages pages, DossierScope s) {
        String p = s.pattern();
        table.get(p + "/documents", s.access(), ex -> documentsPage(pages, s, ex, Status.OK_200, null,
                Map.of("type", ex.query("type"), "child", ex.query("enfant"))));
        table.postMultipart(p + "/documents", s.access(), SendSupportingDocument.MAX_BYTES + 64 * 1024, (ex, upload) -> {
            var file = upload.file("file");
            Long childId = ex.field("child").isEmpty() ? null : PathIds.parse(ex.field("child"));
            var command = new SendSupportingDocument.Command(ex.field("type"), childId, file.map(MultipartForm.FilePart::fileName).orElse(""),
                    file.map(MultipartForm.FilePart::content).orElse(null), upload.tooLarge() || file.map(MultipartForm.FilePart::truncated).orElse(false),
                    ex.field("validUntil"));
            switch (forms.send().send(actor(ex.visitor()), s.household().apply(ex), command)) {
                case SendSupportingDocument.Result.Sent sent -> pages.redirectWithNotice(ex, s.root(ex) + "documents",
                        "Votre justificatif « " + sent.document().fileName() + " » a été transmis : il est en attente de validation par nos services.");
                case SendSupportingDocument.Result.Invalid invalid -> documentsPage(pages, s, ex,
                        SendSupportingDocument.TOO_LARGE.equals(invalid.errors().asMap().get("file")) ? Status.REQUEST_ENTITY_TOO_LARGE_413 : Pages.INVALID_FORM,
                        invalid.errors(),
                        Map.of("type", ex.field("type"), "child", ex.field("child"), "validUntil", ex.field("validUntil")));
            }
        });
        if (s.staff()) {
            // an agent looks before validating: shown in the browser, in a sandbox where no script of the file can run
            table.get(p + "/documents/{document}/apercu", s.access(), ex -> {
                var download = forms.documents().download(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "document"));
                var res = ex.response();
                res.header(HeaderNames.CONTENT_TYPE, download.document().fileType().mediaType());
                res.header(HeaderNames.CONTENT_DISPOSITION, "inline");
                res.header(HeaderNames.CACHE_CONTROL, "no-store");
                res.header(HeaderNames.create("Content-Security-Policy"), "sandbox; default-src 'none'; img-src 'self'; object-src 'self'");
                res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
                res.send(download.content());
            });
        }
        table.get(p + "/documents/{document}", s.access(), ex -> {
            var download = forms.documents().download(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "document"));
            Downloads.attachment(ex.response(), download.document().fileName(), download.document().fileType().mediaType(),
                    download.document().fileType().extension(), download.content());
        });
        // a town document addressed to every family or to this household: stored once, so its id is not the household's
        table.get(p + "/documents-de-la-ville/{document}", s.access(), ex -> {
            var download = forms.documents().downloadTownDocument(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "document"));
            Downloads.attachment(ex.response(), download.document().fileName(), FileType.PDF.mediaType(), FileType.PDF.extension(), download.content());
        });
    }

    private void documentsPage(Pages pages, DossierScope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var view = forms.open().view(actor, householdId);
        var model = new HashMap<>(s.model(ex));
        model.put("listing", forms.documents().list(actor, householdId));
        model.put("produced", s.produced().apply(ex));
        model.put("children", view.children().stream().map(OpenDossier.ChildDossier::child).toList());
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        pages.render(ex, status, "dossier/documents.ftlh", "Mes documents et justificatifs", s.trail(ex, view.household().name(), "Documents"), model);
    }
}
