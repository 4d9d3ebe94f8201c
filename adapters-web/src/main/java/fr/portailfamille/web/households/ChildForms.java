package fr.portailfamille.web.households;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.UpdateCoordinates;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.domain.households.BloodGroup;
import fr.portailfamille.domain.households.ChildhoodIllness;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.Vaccine;
import fr.portailfamille.domain.privacy.HealthSheetRead;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;
import static fr.portailfamille.web.households.DossierScope.formOf;

/** The household's coordinates, a child's identity and schooling, and the child's health sheet (and its print). */
final class ChildForms {

    private final DossierForms forms;

    ChildForms(DossierForms forms) {
        this.forms = forms;
    }

    void register(RouteTable table, Pages pages, DossierScope s) {
        String p = s.pattern();
        table.get(p + "/coordonnees", s.access(), ex -> coordinatesPage(pages, s, ex, Status.OK_200, null, Map.of()));
        table.post(p + "/coordonnees", s.access(), ex -> {
            var guardians = new ArrayList<UpdateCoordinates.GuardianForm>();
            for (int i = 1; i <= 2; i++) {
                String g = "guardian" + i + "_";
                guardians.add(new UpdateCoordinates.GuardianForm(ex.field(g + "lastName"), ex.field(g + "firstNames"), ex.field(g + "relationship"),
                        ex.field(g + "email"), ex.field(g + "mobilePhone"), ex.field(g + "otherPhone")));
            }
            var errors = forms.coordinates().update(actor(ex.visitor()), s.household().apply(ex),
                    new UpdateCoordinates.Command(ex.field("postalAddress"), "oui".equals(ex.field("paperlessInvoices")), guardians));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, s.home(ex), "Les coordonnées ont été enregistrées.");
            else coordinatesPage(pages, s, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.get(p + "/enfants/nouveau", s.access(), ex -> childPage(pages, s, ex, Status.OK_200, null, null, Map.of()));
        table.post(p + "/enfants", s.access(), ex -> saveChild(pages, s, ex, null));
        table.get(p + "/enfants/{child}", s.access(), ex -> {
            var child = forms.open().child(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"));
            childPage(pages, s, ex, Status.OK_200, child.id(), null, Map.of("lastName", child.lastName(), "firstNames", child.firstNames(),
                    "birthDate", child.birthDate().toString(), "school", child.school(), "level", child.level() == null ? "" : child.level().name(),
                    "email", child.email(), "mobilePhone", child.mobilePhone()));
        });
        table.post(p + "/enfants/{child}", s.access(), ex -> saveChild(pages, s, ex, PathIds.of(ex, "child")));
        table.get(p + "/enfants/{child}/fiche-sanitaire", s.access(), ex -> healthPage(pages, s, ex, Status.OK_200, null, null));
        table.get(p + "/enfants/{child}/fiche-sanitaire/impression", s.access(), ex -> {
            var actor = actor(ex.visitor());
            long householdId = s.household().apply(ex);
            var child = forms.open().child(actor, householdId, PathIds.of(ex, "child"));
            var model = new HashMap<>(s.model(ex));
            model.put("child", child);
            model.put("sheet", forms.consultations().open(actor, householdId, child.id(), HealthSheetRead.Kind.PRINTED, ex.request().path().path()));
            model.put("contacts", forms.contacts().list(actor, householdId, child.id()));
            String title = "Fiche sanitaire de " + child.firstNames() + " " + child.lastName();
            pages.render(ex, "dossier/health-print.ftlh", title, s.trail(ex, forms.householdName(ex, s), title), model);
        });
        table.post(p + "/enfants/{child}/fiche-sanitaire", s.access(), ex -> {
            var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
            for (Vaccine v : Vaccine.values()) vaccines.put(v, ex.field("vaccine_" + v.name()));
            var command = new UpdateHealthRecord.Command(ex.field("doctorName"), ex.field("doctorPhone"), ex.field("drugAllergies"),
                    ex.field("drugAllergyDetail"), ex.field("otherAllergies"), ex.field("recommendations"),
                    new LinkedHashSet<>(ex.form().contains("illness") ? ex.form().all("illness") : List.of()), ex.field("bloodGroup"), vaccines);
            var errors = forms.health().save(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"), command);
            if (errors.isEmpty()) pages.redirectWithNotice(ex, s.home(ex), "La fiche sanitaire a été enregistrée.");
            else healthPage(pages, s, ex, Pages.INVALID_FORM, errors, command);
        });
    }

    private void coordinatesPage(Pages pages, DossierScope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> typed) {
        var view = forms.open().view(actor(ex.visitor()), s.household().apply(ex));
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
        var model = new HashMap<>(s.model(ex));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        pages.render(ex, status, "dossier/coordinates.ftlh", "Modifier mes coordonnées", s.trail(ex, h.name(), "Coordonnées"), model);
    }

    private void saveChild(Pages pages, DossierScope s, Exchange ex, Long childId) {
        var command = new EditChild.Command(ex.field("lastName"), ex.field("firstNames"), ex.field("birthDate"), ex.field("school"), ex.field("level"),
                ex.field("email"), ex.field("mobilePhone"));
        switch (forms.editChild().save(actor(ex.visitor()), s.household().apply(ex), childId, command)) {
            case EditChild.Result.Saved saved -> pages.redirectWithNotice(ex, s.home(ex), "Les informations de l'enfant ont été enregistrées.");
            case EditChild.Result.Invalid invalid -> childPage(pages, s, ex, Pages.INVALID_FORM, childId, invalid.errors(), formOf(ex));
        }
    }

    private void childPage(Pages pages, DossierScope s, Exchange ex, Status status, Long childId, FieldErrors errors, Map<String, String> form) {
        var view = forms.open().view(actor(ex.visitor()), s.household().apply(ex));
        var model = new HashMap<>(s.model(ex));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("schools", forms.editChild().schools());
        model.put("levels", SchoolLevel.values());
        model.put("action", childId == null ? s.root(ex) + "enfants" : s.root(ex) + "enfants/" + childId);
        String title = childId == null ? "Ajouter un enfant" : "Modifier les informations de l'enfant";
        pages.render(ex, status, "dossier/child.ftlh", title, s.trail(ex, view.household().name(), title), model);
    }

    private void healthPage(Pages pages, DossierScope s, Exchange ex, Status status, FieldErrors errors, UpdateHealthRecord.Command typed) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = forms.open().child(actor, householdId, PathIds.of(ex, "child"));
        var record = forms.consultations().open(actor, householdId, child.id(), HealthSheetRead.Kind.OPENED, ex.request().path().path());
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
        var model = new HashMap<>(s.model(ex));
        model.put("child", child);
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        model.put("illnesses", ChildhoodIllness.values());
        model.put("bloodGroups", BloodGroup.values());
        model.put("vaccines", Vaccine.values());
        String title = "Fiche sanitaire de " + child.firstNames();
        pages.render(ex, status, "dossier/health.ftlh", title, s.trail(ex, forms.householdName(ex, s), title), model);
    }
}
