package fr.portailfamille.web.demarches;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.application.demarches.AskForDemarche;
import fr.portailfamille.application.demarches.DecideDemarche;
import fr.portailfamille.application.demarches.DefineDemarcheForm;
import fr.portailfamille.application.demarches.ReadDemarcheForms;
import fr.portailfamille.application.demarches.ReadDemarcheQueue;
import fr.portailfamille.application.demarches.ReadDemarches;
import fr.portailfamille.application.demarches.SaveDemarcheDraft;
import fr.portailfamille.application.demarches.StartDemarche;
import fr.portailfamille.application.demarches.SubmitDemarche;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Downloads;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** Démarches: the family's list, catalogue, form (draft or send); the agents' queue, decisions, forms and requests. */
public final class DemarchePages implements PortalWeb.Area {

    private static final int MAX_UPLOAD = fr.portailfamille.application.households.UploadedFile.MAX_BYTES + 64 * 1024;

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb MINE = new Breadcrumb("Mes démarches", "/demarches");
    private static final Breadcrumb QUEUE = new Breadcrumb("Démarches", "/agent/demarches");

    /** The family's use cases. */
    public record Family(ReadDemarches read, ReadDemarcheForms forms, StartDemarche start, SaveDemarcheDraft saveDraft, SubmitDemarche submit) {
    }

    /** The agents' use cases. */
    public record Staff(ReadDemarcheQueue queue, DecideDemarche decide, DefineDemarcheForm define, AskForDemarche ask) {
    }

    private final Family family;
    private final Staff staff;

    public DemarchePages(Family family, Staff staff) {
        this.family = family;
        this.staff = staff;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/demarches", Access.PARENT, ex -> {
            var mine = family.read().familyDemarches(actor(ex.visitor()));
            pages.render(ex, "demarches/list.ftlh", "Mes démarches", List.of(HOME, Breadcrumb.here("Mes démarches")), Map.of(
                    "ongoing", mine.stream().filter(d -> d.status().editable()).toList(),
                    "sent", mine.stream().filter(d -> !d.status().editable()).toList(),
                    "catalogue", family.forms().catalogue(), "titles", titles()));
        });
        table.post("/demarches/nouvelle", Access.PARENT, ex ->
                Pages.redirect(ex.response(), "/demarches/" + family.start().start(actor(ex.visitor()), PathIds.parse(ex.field("form"))).id()));
        table.get("/demarches/{id}", Access.PARENT, ex -> page(pages, ex, Status.OK_200, Map.of(), null, false));
        table.get("/demarches/fichiers/{file}", Access.PARENT, ex -> download(ex));
        table.postMultipart("/demarches/{id}", Access.PARENT, MAX_UPLOAD, (ex, upload) -> {
            var answers = answers(ex);
            // the form's questions are «champ1», «champ2»…: their file parts, if any
            var files = new LinkedHashMap<String, Upload>();
            for (int i = 1; i <= 100; i++) {
                String key = "champ" + i;
                upload.file(key).ifPresent(f -> files.put(key, new Upload(f.fileName(), f.content(), f.truncated() || upload.tooLarge())));
            }
            var actor = actor(ex.visitor());
            long id = PathIds.of(ex, "id");
            var outcome = "envoyer".equals(ex.field("action")) ? family.submit().submit(actor, id, answers, files) : family.saveDraft().save(actor, id, answers, files);
            switch (outcome) {
                case Demarche.Outcome.Done done -> pages.redirectWithNotice(ex, "/demarches/" + id, done.demarche().status() == DemarcheStatus.SUBMITTED
                        ? "Votre démarche est envoyée : elle est en attente de validation." : "Votre brouillon est enregistré.");
                case Demarche.Outcome.Invalid invalid -> page(pages, ex, Pages.INVALID_FORM, invalid.problems(), null, false, answers);
                case Demarche.Outcome.Refused refused -> page(pages, ex, Pages.INVALID_FORM, Map.of("status", refused.message()), null, false);
            }
        });

        table.get("/agent/demarches", Access.STAFF, ex -> pages.render(ex, "demarches/queue.ftlh", "Démarches", List.of(HOME, Breadcrumb.here("Démarches")),
                Map.of("queue", staff.queue().queue(actor(ex.visitor())), "forms", family.forms().forms(actor(ex.visitor())), "titles", titles())));
        table.get("/agent/demarches/formulaires/nouveau", Access.STAFF, ex -> formDefinition(pages, ex, Status.OK_200, Map.of(), Map.of()));
        table.post("/agent/demarches/formulaires", Access.STAFF, ex -> {
            String definition = ex.form().first("definition").orElse("");
            switch (staff.define().define(actor(ex.visitor()), ex.field("title"), ex.form().first("description").orElse(""), definition)) {
                case DefineDemarcheForm.FormDefinition.Defined defined -> Pages.redirect(ex.response(), "/agent/demarches");
                case DefineDemarcheForm.FormDefinition.Invalid invalid -> formDefinition(pages, ex, Pages.INVALID_FORM, invalid.errors().asMap(),
                        Map.of("title", ex.field("title"), "description", ex.form().first("description").orElse(""), "definition", definition));
            }
        });
        table.get("/agent/demarches/{id}", Access.STAFF, ex -> page(pages, ex, Status.OK_200, Map.of(), null, true));
        table.post("/agent/demarches/{id}/valider", Access.STAFF, ex -> decided(pages, ex, staff.decide().validate(actor(ex.visitor()), PathIds.of(ex, "id"))));
        table.post("/agent/demarches/{id}/rejeter", Access.STAFF, ex ->
                decided(pages, ex, staff.decide().reject(actor(ex.visitor()), PathIds.of(ex, "id"), ex.field("reason"))));
        table.get("/agent/demarches/fichiers/{file}", Access.STAFF, ex -> download(ex));
        table.get("/agent/foyers/{household}/demarche", Access.STAFF, ex -> pages.render(ex, "demarches/ask.ftlh", "Demander une démarche",
                List.of(HOME, QUEUE, Breadcrumb.here("Demander une démarche")),
                Map.of("forms", family.forms().forms(actor(ex.visitor())), "household", PathIds.of(ex, "household"))));
        table.post("/agent/foyers/{household}/demarche", Access.STAFF, ex -> {
            var asked = staff.ask().ask(actor(ex.visitor()), PathIds.of(ex, "household"), PathIds.parse(ex.field("form")));
            Pages.redirect(ex.response(), "/agent/demarches/" + asked.id());
        });
    }

    private void download(Exchange ex) {
        var file = family.read().file(actor(ex.visitor()), PathIds.of(ex, "file"));
        String extension = fr.portailfamille.domain.households.FileType.detect(file.content()).map(t -> t.extension()).orElse("bin");
        Downloads.attachment(ex.response(), file.name(), file.mediaType(), extension, file.content());
    }

    private void decided(Pages pages, Exchange ex, Demarche.Outcome outcome) {
        switch (outcome) {
            case Demarche.Outcome.Done done -> pages.redirectWithNotice(ex, "/agent/demarches/" + ex.pathParam("id"), "Décision enregistrée : la famille est prévenue.");
            case Demarche.Outcome.Invalid invalid -> page(pages, ex, Pages.INVALID_FORM, invalid.problems(), null, true);
            case Demarche.Outcome.Refused refused -> page(pages, ex, Pages.INVALID_FORM, Map.of("status", refused.message()), null, true);
        }
    }

    private void page(Pages pages, Exchange ex, Status status, Map<String, String> errors, String notice, boolean staff) {
        page(pages, ex, status, errors, notice, staff, null);
    }

    private void page(Pages pages, Exchange ex, Status status, Map<String, String> errors, String notice, boolean staff, Map<String, String> typed) {
        Actor actor = actor(ex.visitor());
        var dossier = family.read().open(actor, PathIds.of(ex, "id"));
        var model = new HashMap<String, Object>(Map.of("dossier", dossier, "errors", errors, "staff", staff,
                "answers", typed != null ? typed : dossier.demarche().answers(), "statuses", statusLabels()));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "demarches/demarche.ftlh", dossier.form().title(),
                List.of(HOME, staff ? QUEUE : MINE, Breadcrumb.here(dossier.form().title())), model);
    }

    private void formDefinition(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form) {
        pages.render(ex, status, "demarches/form-definition.ftlh", "Nouvelle démarche en ligne", List.of(HOME, QUEUE, Breadcrumb.here("Nouvelle démarche")),
                Map.of("errors", errors, "form", form));
    }

    /** The answers a browser sent for the form's fields («champ1», «champ2»…); the domain keeps only the form's own. */
    private static Map<String, String> answers(Exchange ex) {
        var answers = new LinkedHashMap<String, String>();
        for (String name : ex.form().names()) {
            if (name.startsWith("champ")) answers.put(name, ex.form().first(name).orElse(""));
        }
        return answers;
    }

    /** Titles by form id as text: FreeMarker looks hashes up by string. */
    private Map<String, String> titles() {
        var titles = new HashMap<String, String>();
        family.forms().formTitles().forEach((id, title) -> titles.put(Long.toString(id), title));
        return titles;
    }

    private static Map<String, String> statusLabels() {
        var labels = new HashMap<String, String>();
        for (var s : DemarcheStatus.values()) labels.put(s.name(), s.label());
        return labels;
    }
}
