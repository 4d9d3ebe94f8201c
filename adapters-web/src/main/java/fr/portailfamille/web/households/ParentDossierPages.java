package fr.portailfamille.web.households;

import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import fr.portailfamille.web.Visitor;

import java.util.List;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * «Mon dossier», for a parent: under {@code /dossier}, the household taken from the session, never from the URL.
 * The forms are the ones an agent fills in for a family ({@link DossierForms}).
 */
public final class ParentDossierPages implements PortalWeb.Area {

    /**
     * What the town produced for a parent's household in other areas (invoices), shown under «Documents de la ville»
     * beside the files it attached to the dossier.
     */
    @FunctionalInterface
    public interface TownDocuments {
        List<Breadcrumb> of(Visitor parent);

        TownDocuments NONE = parent -> List.of();
    }

    private final DossierForms forms;
    private final TownDocuments townDocuments;

    public ParentDossierPages(DossierForms forms, TownDocuments townDocuments) {
        this.forms = forms;
        this.townDocuments = townDocuments;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        var scope = new DossierScope("/dossier", Access.PARENT, ex -> forms.open().householdOf(actor(ex.visitor())), false,
                ex -> townDocuments.of(ex.visitor()));
        table.get(scope.pattern(), scope.access(), ex -> {
            long householdId = scope.household().apply(ex);
            var view = forms.open().view(actor(ex.visitor()), householdId);
            pages.render(ex, "dossier/dossier.ftlh", "Consulter mon dossier et mes démarches",
                    List.of(DossierScope.HOME, Breadcrumb.here("Mon dossier")), forms.dossier(scope, ex, householdId, view));
        });
        forms.register(table, pages, scope);
    }
}
