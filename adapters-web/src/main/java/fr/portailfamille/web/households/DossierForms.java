package fr.portailfamille.web.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.AnswerConsents;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.ReadDocuments;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.application.households.UpdateCoordinates;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.application.privacy.HealthSheetConsultations;
import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.RouteTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * The use cases behind a dossier's forms, which a parent and an agent fill in alike (the use cases decide who may see
 * what: another household's child or document is a 404). Each audience's page class registers them under its own
 * {@link DossierScope}: {@link ParentDossierPages}, {@link AgentDossierPages}.
 *
 * @param consultations staff reading a health sheet leave a line the family sees
 */
public record DossierForms(OpenDossier open, UpdateCoordinates coordinates, EditChild editChild, UpdateHealthRecord health,
                           ManageContacts contacts, AnswerConsents consents, SendSupportingDocument send, ReadDocuments documents,
                           HealthSheetConsultations consultations) {

    void register(RouteTable table, Pages pages, DossierScope scope) {
        new ChildForms(this).register(table, pages, scope);
        new PermissionForms(this).register(table, pages, scope);
        new DossierDocuments(this).register(table, pages, scope);
    }

    /**
     * What the dossier page shows of one child below its identity, each with its «MODIFIER». The health sheet is
     * summed up for the family only: a member of staff opens it on its own page, where the read is recorded.
     */
    public record ChildBlocks(HealthRecord health, List<AuthorisedContact> contacts, List<AnswerConsents.Question> consents) {
    }

    /** The dossier page's model, which each audience completes: the household, its children and their blocks. */
    Map<String, Object> dossier(DossierScope scope, Exchange ex, long householdId, OpenDossier.View view) {
        var actor = actor(ex.visitor());
        var model = new HashMap<>(scope.model(ex));
        model.put("view", view);
        model.put("blocks", childBlocks(actor, householdId, view, scope.staff()));
        return model;
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

    String householdName(Exchange ex, DossierScope scope) {
        return open.view(actor(ex.visitor()), scope.household().apply(ex)).household().name();
    }
}
