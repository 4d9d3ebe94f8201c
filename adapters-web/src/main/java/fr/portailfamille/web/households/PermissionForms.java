package fr.portailfamille.web.households;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;
import static fr.portailfamille.web.households.DossierScope.formOf;

/** What the family allows for a child: the people authorised to collect it or called in an emergency, and its consents. */
final class PermissionForms {

    private final DossierForms forms;

    PermissionForms(DossierForms forms) {
        this.forms = forms;
    }

    void register(RouteTable table, Pages pages, DossierScope s) {
        String p = s.pattern();
        var contacts = forms.contacts();
        table.get(p + "/enfants/{child}/autorisations", s.access(), ex -> contactsPage(pages, s, ex, Status.OK_200, null, Map.of()));
        table.post(p + "/enfants/{child}/autorisations", s.access(), ex -> {
            var errors = contacts.add(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"), contactCommand(ex));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, contactsAddress(s, ex), "La personne a été ajoutée.");
            else contactsPage(pages, s, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.get(p + "/enfants/{child}/autorisations/{contact}", s.access(), ex -> {
            var c = contacts.find(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"), PathIds.of(ex, "contact"));
            contactPage(pages, s, ex, Status.OK_200, null, Map.of("name", c.name(), "relationship", c.relationship(), "phone", c.phone(),
                    "emergency", c.emergency() ? "oui" : "", "mayCollect", c.mayCollect() ? "oui" : ""));
        });
        table.post(p + "/enfants/{child}/autorisations/{contact}", s.access(), ex -> {
            var errors = contacts.edit(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"), PathIds.of(ex, "contact"),
                    contactCommand(ex));
            if (errors.isEmpty()) pages.redirectWithNotice(ex, contactsAddress(s, ex), "La personne a été modifiée.");
            else contactPage(pages, s, ex, Pages.INVALID_FORM, errors, formOf(ex));
        });
        table.post(p + "/enfants/{child}/autorisations/{contact}/supprimer", s.access(), ex -> {
            contacts.remove(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"), PathIds.of(ex, "contact"));
            pages.redirectWithNotice(ex, contactsAddress(s, ex), "La personne a été retirée.");
        });
        table.get(p + "/enfants/{child}/consentements", s.access(), ex -> consentsPage(pages, s, ex, Status.OK_200, null));
        table.post(p + "/enfants/{child}/consentements", s.access(), ex -> {
            var choices = new HashMap<String, String>();
            ex.form().names().forEach(name -> {
                if (name.startsWith("question-")) choices.put(name.substring("question-".length()), ex.field(name));
            });
            var errors = forms.consents().answer(actor(ex.visitor()), s.household().apply(ex), PathIds.of(ex, "child"), choices);
            if (errors.isEmpty()) pages.redirectWithNotice(ex, s.home(ex), "Les réponses aux consentements ont été enregistrées.");
            else consentsPage(pages, s, ex, Pages.INVALID_FORM, errors);
        });
    }

    private void contactsPage(Pages pages, DossierScope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = forms.open().child(actor, householdId, PathIds.of(ex, "child"));
        var model = new HashMap<>(s.model(ex));
        model.put("child", child);
        model.put("contacts", forms.contacts().list(actor, householdId, child.id()));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        String title = "Autorisations parentales de " + child.firstNames();
        pages.render(ex, status, "dossier/contacts.ftlh", title, s.trail(ex, forms.householdName(ex, s), title), model);
    }

    private void contactPage(Pages pages, DossierScope s, Exchange ex, Status status, FieldErrors errors, Map<String, String> form) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = forms.open().child(actor, householdId, PathIds.of(ex, "child"));
        var model = new HashMap<>(s.model(ex));
        model.put("child", child);
        model.put("contact", forms.contacts().find(actor, householdId, child.id(), PathIds.of(ex, "contact")));
        model.put("form", form);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        String title = "Modifier une personne autorisée pour " + child.firstNames();
        pages.render(ex, status, "dossier/contact.ftlh", title, s.trail(ex, forms.householdName(ex, s),
                "Autorisations parentales de " + child.firstNames(), contactsAddress(s, ex), title), model);
    }

    private static ManageContacts.Command contactCommand(Exchange ex) {
        return new ManageContacts.Command(ex.field("name"), ex.field("relationship"), ex.field("phone"),
                "oui".equals(ex.field("emergency")), "oui".equals(ex.field("mayCollect")));
    }

    private static String contactsAddress(DossierScope s, Exchange ex) {
        return s.root(ex) + "enfants/" + PathIds.of(ex, "child") + "/autorisations";
    }

    private void consentsPage(Pages pages, DossierScope s, Exchange ex, Status status, FieldErrors errors) {
        var actor = actor(ex.visitor());
        long householdId = s.household().apply(ex);
        var child = forms.open().child(actor, householdId, PathIds.of(ex, "child"));
        var model = new HashMap<>(s.model(ex));
        model.put("child", child);
        model.put("questions", forms.consents().questions(actor, householdId, child.id()));
        model.put("history", forms.consents().history(actor, householdId, child.id()));
        var typed = new HashMap<String, String>();
        if (errors != null) ex.form().names().forEach(n -> typed.put(n, ex.field(n)));
        model.put("typed", typed);
        model.put("errors", errors == null ? Map.of() : errors.asMap());
        String title = "Consentements pour " + child.firstNames();
        pages.render(ex, status, "dossier/consents.ftlh", title, s.trail(ex, forms.householdName(ex, s), title), model);
    }
}
