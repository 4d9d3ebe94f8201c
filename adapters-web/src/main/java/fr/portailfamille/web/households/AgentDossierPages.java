package fr.portailfamille.web.households;

import fr.portailfamille.application.households.StaffHouseholds;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;

import java.util.List;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * A family's dossier, for an agent: under {@code /agent/foyers/{household}}, with the accounts attached to the
 * household and the journal of its changes; an agent may preview a justificatif before validating it. The forms are
 * the ones a parent fills in ({@link DossierForms}).
 */
public final class AgentDossierPages implements PortalWeb.Area {

    private final DossierForms forms;
    private final StaffHouseholds staff;

    public AgentDossierPages(DossierForms forms, StaffHouseholds staff) {
        this.forms = forms;
        this.staff = staff;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        // an agent sees the files attached to the dossier; the invoices listed beside them are the parent's view only
        var scope = new DossierScope("/agent/foyers/{household}", Access.STAFF, ex -> PathIds.of(ex, "household"), true, ex -> List.of());
        table.get(scope.pattern(), scope.access(), ex -> {
            var actor = actor(ex.visitor());
            long householdId = scope.household().apply(ex);
            var view = forms.open().view(actor, householdId);
            var model = forms.dossier(scope, ex, householdId, view);
            model.put("members", staff.members(actor, householdId));
            model.put("changes", staff.changes(actor, householdId));
            String name = view.household().name();
            pages.render(ex, "dossier/dossier.ftlh", "Dossier : " + name,
                    List.of(DossierScope.HOME, new Breadcrumb("Foyers", "/agent/foyers"), Breadcrumb.here(name)), model);
        });
        forms.register(table, pages, scope);
    }
}
