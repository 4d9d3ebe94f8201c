package fr.portailfamille.web.households;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.AnswerConsents;
import fr.portailfamille.application.households.port.DossierCatalogue;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.ReadDocuments;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.application.households.StaffHouseholds;
import fr.portailfamille.application.households.UpdateCoordinates;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.application.privacy.HealthSheetConsultations;
import fr.portailfamille.domain.privacy.HealthSheetRead;
import fr.portailfamille.domain.households.BloodGroup;
import fr.portailfamille.domain.households.ChildhoodIllness;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.Vaccine;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Downloads;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.MultipartForm;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

// Long because: parents' and agents' dossier pages share forms; to be split into page classes per audience (issue 25), once the pages edited in parallel have landed.
/**
 * «Mon dossier»: the same pages for a parent (under {@code /dossier}, the household taken from the session, never
 * from the URL) and for an agent editing a family's dossier (under {@code /agent/foyers/{household}}). The use cases
 * decide who may see what: another household's child or document is a 404.
 */
public final class DossierPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");

    /** Where a dossier's pages live and how its household is found. */
    private record Scope(String pattern, Access access, Function<Exchange, Long> household, boolean staff) {
        String root(Exchange ex) {
            return staff ? "/agent/foyers/" + household.apply(ex) + "/" : "/dossier/";
        }

        /** The dossier page itself («/dossier», «/agent/foyers/3»). */
        String home(Exchange ex) {
            String root = root(ex);
            return root.substring(0, root.length() - 1);
        }

        List<Breadcrumb> trail(Exchange ex, String householdName, String... steps) {
            var trail = new ArrayList<Breadcrumb>();
            trail.add(HOME);
            if (staff) {
                trail.add(new Breadcrumb("Foyers", "/agent/foyers"));
                trail.add(new Breadcrumb(householdName, home(ex)));
            } else {
                trail.add(new Breadcrumb("Mon dossier", "/dossier"));
            }
            for (int i = 0; i < steps.length; i += 2) trail.add(new Breadcrumb(steps[i], i + 1 < steps.length ? steps[i + 1] : null));
            return trail;
        }
    }

    private final OpenDossier open;
    private final UpdateCoordinates coordinates;
    private final EditChild editChild;
    private final UpdateHealthRecord health;
    private final ManageContacts contacts;
    private final AnswerConsents consents;
    private final SendSupportingDocument send;
    private final ReadDocuments documents;
    private final StaffHouseholds staff;
    private final DossierCatalogue catalogue;

    /**
     * What the town produced for a parent's household in other areas (invoices), shown under «Documents de la ville»
     * beside the files it attached to the dossier.
     */
    @FunctionalInterface
    public interface TownDocuments {
        List<Breadcrumb> of(fr.portailfamille.web.Visitor parent);

        TownDocuments NONE = parent -> List.of();
    }

    private final TownDocuments townDocuments;
    /** Staff reading a health sheet leave a line the family sees. */
    private final HealthSheetConsultations consultations;

    public DossierPages(OpenDossier open, UpdateCoordinates coordinates, EditChild editChild, UpdateHealthRecord health,
                        ManageContacts contacts, AnswerConsents consents, SendSupportingDocument send, ReadDocuments documents,
                        StaffHouseholds staff, DossierCatalogue catalogue, TownDocuments townDocuments, HealthSheetConsultations consultations) {
        this.townDocuments = townDocuments;
        this.consultations = consultations;
        this.open = open;
        this.coordinates = coordinates;
        this.editChild = editChild;
        this.health = health;
        this.contacts = contacts;
        this.consents = consents;
        this.send = send;
        this.documents = documents;
        this.staff = staff;
        this.catalogue = catalogue;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        register(table, pages, new Scope("/dossier", Access.PARENT, ex -> open.householdOf(actor(ex.visitor())), false));
        register(table, pages, new Scope("/agent/foyers/{household}", Access.STAFF, ex -> id(ex, "household"), true));
    }

    private void register(RouteTable table, Pages pages, Scope s) {
        String p = s.pattern();
        table.get(p, s.access(), ex -> dossier(pages, s, ex));
        table.get(p + "/coordonnees", s.access(), ex -> coordinatesPage(pages, s, ex, Status.OK_200, null, Map.of()));
        table.post(p + "/coordonnees", s.access(), ex -> {
            var guardians = new ArrayList<UpdateCoordinates.GuardianForm>();
            for (int i = 1; i <= 2; i++) {
                String g = "guardian" + i + "_";
                guardians.add(new UpdateCoordinates.GuardianForm(ex.field(g + "lastName"), ex.field(g + "firstNames"), ex.field(g + "relationship"),
                        ex.field(g + "email"), ex.field(g + "mobilePhone"), ex.field(g + "otherPhone")));
            }
            var errors = coordinates.update(actor(ex.visitor()), s.household().apply(ex),
                    new UpdateCoordinates.Command(ex.field("postalAddress"), "oui".equals(ex.field("paperlessInvoices")), guardians));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, s.home(ex), "Les coordonnées ont été enregistrées.");
            else coordinatesPage(pages, s, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.get(p + "/enfants/nouveau", s.access(), ex -> childPage(pages, s, ex, Status.OK_200, null, null, Map.of()));
        table.post(p + "/enfants", s.access(), ex -> saveChild(pages, s, ex, null));
        table.get(p + "/enfants/{child}", s.access(), ex -> {
            var child = open.child(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"));
            childPage(pages, s, ex, Status.OK_200, child.id(), null, Map.of("lastName", child.lastName(), "firstNames", child.firstNames(),
                    "birthDate", child.birthDate().toString(), "school", child.school(), "level", child.level() == null ? "" : child.level().name(),
                    "email", child.email(), "mobilePhone", child.mobilePhone()));
        });
        table.post(p + "/enfants/{child}", s.access(), ex -> saveChild(pages, s, ex, id(ex, "child")));
        table.get(p + "/enfants/{child}/fiche-sanitaire", s.access(), ex -> healthPage(pages, s, ex, Status.OK_200, null, null));
        table.get(p + "/enfants/{child}/fiche-sanitaire/impression", s.access(), ex -> {
            var actor = actor(ex.visitor());
            long householdId = s.household().apply(ex);
            var child = open.child(actor, householdId, id(ex, "child"));
            var model = new HashMap<String, Object>(base(s, ex));
            model.put("child", child);
            model.put("sheet", consultations.open(actor, householdId, child.id(), HealthSheetRead.Kind.PRINTED, ex.request().path().path()));
            model.put("contacts", contacts.list(actor, householdId, child.id()));
            String title = "Fiche sanitaire de " + child.firstNames() + " " + child.lastName();
            pages.render(ex, "dossier/health-print.ftlh", title, s.trail(ex, householdName(ex, s), title), model);
        });
        table.post(p + "/enfants/{child}/fiche-sanitaire", s.access(), ex -> {
            var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
            for (Vaccine v : Vaccine.values()) vaccines.put(v, ex.field("vaccine_" + v.name()));
            var command = new UpdateHealthRecord.Command(ex.field("doctorName"), ex.field("doctorPhone"), ex.field("drugAllergies"),
                    ex.field("drugAllergyDetail"), ex.field("otherAllergies"), ex.field("recommendations"),
                    new LinkedHashSet<>(ex.form().contains("illness") ? ex.form().all("illness") : List.of()), ex.field("bloodGroup"), vaccines);
            var errors = health.save(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"), command);
            if (errors.isEmpty()) pages.redirectWithNotice(ex, s.home(ex), "La fiche sanitaire a été enregistrée.");
            else healthPage(pages, s, ex, Pages.INVALID_FORM, errors, command);
        });
        table.get(p + "/enfants/{child}/autorisations", s.access(), ex -> contactsPage(pages, s, ex, Status.OK_200, null, Map.of()));
        table.post(p + "/enfants/{child}/autorisations", s.access(), ex -> {
            var errors = contacts.add(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"), contactCommand(ex));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, contactsAddress(s, ex), "La personne a été ajoutée.");
            else contactsPage(pages, s, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.get(p + "/enfants/{child}/autorisations/{contact}", s.access(), ex -> {
            var c = contacts.find(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"), id(ex, "contact"));
            contactPage(pages, s, ex, Status.OK_200, null, Map.of("name", c.name(), "relationship", c.relationship(), "phone", c.phone(),
                    "emergency", c.emergency() ? "oui" : "", "mayCollect", c.mayCollect() ? "oui" : ""));
        });
        table.post(p + "/enfants/{child}/autorisations/{contact}", s.access(), ex -> {
            var errors = contacts.edit(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"), id(ex, "contact"), contactCommand(ex));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, contactsAddress(s, ex), "La personne a été modifiée.");
            else contactPage(pages, s, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.post(p + "/enfants/{child}/autorisations/{contact}/supprimer", s.access(), ex -> {
            contacts.remove(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"), id(ex, "contact"));
            pages.redirectWithNotice(ex, contactsAddress(s, ex), "La personne a été retirée.");
        });
        table.get(p + "/enfants/{child}/consentements", s.access(), ex -> consentsPage(pages, s, ex, Status.OK_200, null));
        table.post(p + "/enfants/{child}/consentements", s.access(), ex -> {
            var choices = new HashMap<String, String>();
            ex.form().names().forEach(name -> {
                if (name.startsWith("question-")) choices.put(name.substring("question-".length()), ex.field(name));
            });
            var errors = consents.answer(actor(ex.visitor()), s.household().apply(ex), id(ex, "child"), choices);
            if (errors.isEmpty()) pages.redirectWithNotice(ex, s.home(ex), "Les réponses aux consentements ont été enregistrées.");
            else consentsPage(pages, s, ex, Pages.INVALID_FORM, errors);
        });
        table.get(p + "/documents", s.access(), ex -> documentsPage(pages, s, ex, Status.OK_200, null,
                Map.of("type", ex.query("type"), "child", ex.query("enfant"))));
        table.postMultipart(p + "/documents", s.access(), SendSupportingDocument.MAX_BYTES + 64 * 1024, (ex, upload) -> {
            var file = upload.file("file");
            Long childId = ex.field("child").isEmpty() ? null : id(ex.field("child"));
            var command = new SendSupportingDocument.Command(ex.field("type"), childId, file.map(MultipartForm.FilePart::fileName).orElse(""),
                    file.map(MultipartForm.FilePart::content).orElse(null), upload.tooLarge() || file.map(MultipartForm.FilePart::truncated).orElse(false),
                    ex.field("validUntil"));
            switch (send.send(actor(ex.visitor()), s.household().apply(ex), command)) {
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
                var download = documents.download(actor(ex.visitor()), s.household().apply(ex), id(ex, "document"));
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
            var download = documents.download(actor(ex.visitor()), s.household().apply(ex), id(ex, "document"));
            Downloads.attachment(ex.response(), download.document().fileName(), download.document().fileType().mediaType(),
                    download.document().fileType().extension(), download.content());
        });
        // a town document addressed to every family or to this household: stored once, so its id is not the household's
        table.get(p + "/documents-de-la-ville/{document}", s.access(), ex -> {
            var download = documents.downloadTownDocument(actor(ex.visitor()), s.household().apply(ex), id(ex, "document"));
            Downloads.attachment(ex.response(), download.document().fileName(), FileType.PDF.mediaType(), FileType.PDF.extension(), download.content());
        });
    }

    private void dossier(Pages pages, Scope s, Exchange ex) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var view = open.view(actor, householdId);
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("view", view);
        model.put("blocks", childBlocks(actor, householdId, view, s.staff()));
        if (s.staff()) {
            model.put("members", staff.members(actor, householdId));
            model.put("changes", staff.changes(actor, householdId));
        }
        String title = s.staff() ? "Dossier : " + view.household().name() : "Consulter mon dossier et mes démarches";
        pages.render(ex, "dossier/dossier.ftlh", title, s.staff()
                ? List.of(HOME, new Breadcrumb("Foyers", "/agent/foyers"), Breadcrumb.here(view.household().name()))
                : List.of(HOME, Breadcrumb.here("Mon dossier")), model);
    }

    /**
     * What the dossier page shows of one child below its identity, each with its «MODIFIER». The health sheet is
     * summed up for the family only: a member of staff opens it on its own page, where the read is recorded.
     */
    public record ChildBlocks(fr.portailfamille.domain.households.HealthRecord health, List<fr.portailfamille.domain.households.AuthorisedContact> contacts,
                              List<AnswerConsents.Question> consents) {
    }

    private Map<String, ChildBlocks> childBlocks(Actor actor, long householdId, OpenDossier.View view, boolean staffView) {
        var blocks = new HashMap<String, ChildBlocks>();
        for (var cd : view.children()) {
            long childId = cd.child().id();
            blocks.put(Long.toString(childId), new ChildBlocks(staffView ? null : health.show(actor, householdId, childId),
                    contacts.list(actor, householdId, childId), consents.questions(actor, householdId, childId)));
        }
        return blocks;
    }

    private void coordinatesPage(Pages pages, Scope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> typed) {
        var view = open.view(actor(ex.visitor()), s.household().apply(ex));
        var form = new HashMap<String, String>();
        var h = view.household();
        form.put("postalAddress", h.postalAddress());
        form.put("paperlessInvoices", h.paperlessInvoices() ? "oui" : "");
        for (int i = 0; i < h.guardians().size() && i < 2; i++) {
            var g = h.guardians().get(i);
            String p = "guardian" + (i + 1) + "_";
            form.put(p + "lastName", g.lastName());
            form.put(p + "firstNames", g.firstNames());
            form.put(p + "relationship", g.relationship());
            form.put(p + "email", g.email());
            form.put(p + "mobilePhone", g.mobilePhone());
            form.put(p + "otherPhone", g.otherPhone());
        }
        if (errors != null) form.putAll(typed);
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        pages.render(ex, status, "dossier/coordinates.ftlh", "Modifier mes coordonnées", s.trail(ex, h.name(), "Coordonnées"), model);
    }

    private void saveChild(Pages pages, Scope s, Exchange ex, Long childId) {
        var command = new EditChild.Command(ex.field("lastName"), ex.field("firstNames"), ex.field("birthDate"), ex.field("school"), ex.field("level"),
                ex.field("email"), ex.field("mobilePhone"));
        switch (editChild.save(actor(ex.visitor()), s.household().apply(ex), childId, command)) {
            case EditChild.Result.Saved saved -> pages.redirectWithNotice(ex, s.home(ex), "Les informations de l'enfant ont été enregistrées.");
            case EditChild.Result.Invalid invalid -> childPage(pages, s, ex, Pages.INVALID_FORM, childId, invalid.errors(), formOf(ex));
        }
    }

    private void childPage(Pages pages, Scope s, Exchange ex, Status status, Long childId, FieldErrors errors, Map<String, String> form) {
        var view = open.view(actor(ex.visitor()), s.household().apply(ex));
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("schools", catalogue.schools());
        model.put("levels", SchoolLevel.values());
        model.put("action", childId == null ? s.root(ex) + "enfants" : s.root(ex) + "enfants/" + childId);
        String title = childId == null ? "Ajouter un enfant" : "Modifier les informations de l'enfant";
        pages.render(ex, status, "dossier/child.ftlh", title, s.trail(ex, view.household().name(), title), model);
    }

    private void healthPage(Pages pages, Scope s, Exchange ex, Status status, FieldErrors errors, UpdateHealthRecord.Command typed) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = open.child(actor, householdId, id(ex, "child"));
        var record = consultations.open(actor, householdId, child.id(), HealthSheetRead.Kind.OPENED, ex.request().path().path());
        var form = new HashMap<String, Object>();
        if (typed == null) {
            form.put("doctorName", record.doctorName());
            form.put("doctorPhone", record.doctorPhone());
            form.put("drugAllergies", record.drugAllergies() == null ? "" : record.drugAllergies() ? "oui" : "non");
            form.put("drugAllergyDetail", record.drugAllergyDetail());
            form.put("otherAllergies", record.otherAllergies());
            form.put("recommendations", record.recommendations());
            form.put("illnesses", record.illnesses().stream().map(Enum::name).toList());
            form.put("bloodGroup", record.bloodGroup() == null ? "" : record.bloodGroup().name());
            for (Vaccine v : Vaccine.values()) form.put("vaccine_" + v.name(), record.vaccinations().containsKey(v) ? record.vaccinations().get(v).toString() : "");
        } else {
            form.put("doctorName", typed.doctorName());
            form.put("doctorPhone", typed.doctorPhone());
            form.put("drugAllergies", typed.drugAllergies());
            form.put("drugAllergyDetail", typed.drugAllergyDetail());
            form.put("otherAllergies", typed.otherAllergies());
            form.put("recommendations", typed.recommendations());
            form.put("illnesses", List.copyOf(typed.illnesses()));
            form.put("bloodGroup", typed.bloodGroup());
            typed.vaccinations().forEach((v, d) -> form.put("vaccine_" + v.name(), d));
        }
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("child", child);
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("illnesses", ChildhoodIllness.values());
        model.put("bloodGroups", BloodGroup.values());
        model.put("vaccines", Vaccine.values());
        String title = "Fiche sanitaire de " + child.firstNames();
        pages.render(ex, status, "dossier/health.ftlh", title, s.trail(ex, householdName(ex, s), title), model);
    }

    private void contactsPage(Pages pages, Scope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = open.child(actor, householdId, id(ex, "child"));
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("child", child);
        model.put("contacts", contacts.list(actor, householdId, child.id()));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        String title = "Autorisations parentales de " + child.firstNames();
        pages.render(ex, status, "dossier/contacts.ftlh", title, s.trail(ex, householdName(ex, s), title), model);
    }

    private void contactPage(Pages pages, Scope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = open.child(actor, householdId, id(ex, "child"));
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("child", child);
        model.put("contact", contacts.find(actor, householdId, child.id(), id(ex, "contact")));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        String title = "Modifier une personne autorisée pour " + child.firstNames();
        pages.render(ex, status, "dossier/contact.ftlh", title, s.trail(ex, householdName(ex, s),
                "Autorisations parentales de " + child.firstNames(), contactsAddress(s, ex), title), model);
    }

    private static ManageContacts.Command contactCommand(Exchange ex) {
        return new ManageContacts.Command(ex.field("name"), ex.field("relationship"), ex.field("phone"),
                "oui".equals(ex.field("emergency")), "oui".equals(ex.field("mayCollect")));
    }

    private static String contactsAddress(Scope s, Exchange ex) {
        return s.root(ex) + "enfants/" + id(ex, "child") + "/autorisations";
    }

    private void consentsPage(Pages pages, Scope s, Exchange ex, Status status, FieldErrors errors) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = open.child(actor, householdId, id(ex, "child"));
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("child", child);
        model.put("questions", consents.questions(actor, householdId, child.id()));
        model.put("history", consents.history(actor, householdId, child.id()));
        var typed = new HashMap<String, String>();
        if (errors != null) ex.form().names().forEach(n -> typed.put(n, ex.field(n)));
        model.put("typed", typed);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        String title = "Consentements pour " + child.firstNames();
        pages.render(ex, status, "dossier/consents.ftlh", title, s.trail(ex, householdName(ex, s), title), model);
    }

    private void documentsPage(Pages pages, Scope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var view = open.view(actor, householdId);
        var model = new HashMap<String, Object>(base(s, ex));
        model.put("listing", documents.list(actor, householdId));
        model.put("produced", s.staff() ? List.of() : townDocuments.of(ex.visitor()));
        model.put("children", view.children().stream().map(OpenDossier.ChildDossier::child).toList());
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        pages.render(ex, status, "dossier/documents.ftlh", "Mes documents et justificatifs", s.trail(ex, view.household().name(), "Documents"), model);
    }

    private String householdName(Exchange ex, Scope s) {
        return open.view(actor(ex.visitor()), s.household().apply(ex)).household().name();
    }

    private static Map<String, Object> base(Scope s, Exchange ex) {
        var model = new LinkedHashMap<String, Object>();
        model.put("root", s.root(ex));
        model.put("staffView", s.staff());
        return model;
    }

    private static Map<String, String> formOf(Exchange ex) {
        var form = new HashMap<String, String>();
        ex.form().names().forEach(n -> form.put(n, ex.field(n)));
        return form;
    }

    /** A path id; anything but a positive number is a page that does not exist. */
    static long id(Exchange ex, String name) {
        return id(ex.pathParam(name));
    }

    static long id(String text) {
        return PathIds.parse(text);
    }

    /** The file name for old browsers: ASCII only, no quotes; the UTF-8 name follows in filename*. */
}
