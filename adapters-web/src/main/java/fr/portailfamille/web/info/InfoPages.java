package fr.portailfamille.web.info;

import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;

import fr.portailfamille.domain.messaging.NewsArticle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The home page and the pages of the header: Accessibilité, Aide, Plan du site. */
public final class InfoPages implements PortalWeb.Area {

    private final Supplier<List<NewsArticle>> latestNews;
    private final Dashboard dashboard;
    private final Dashboard staffDashboard;

    /**
     * @param latestNews     the few latest published «Actualités» for the home page
     * @param dashboard      the blocks of a signed-in parent's «Tableau de bord»
     * @param staffDashboard the agents' home: bookings and the work waiting
     */
    public InfoPages(Supplier<List<NewsArticle>> latestNews, Dashboard dashboard, Dashboard staffDashboard) {
        this.latestNews = latestNews;
        this.dashboard = dashboard;
        this.staffDashboard = staffDashboard;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/", Access.PUBLIC, ex -> {
            var model = new HashMap<String, Object>(Map.of("news", latestNews.get()));
            var visitor = ex.visitor();
            if (visitor.signedIn()) model.putAll((visitor.role().isStaff() ? staffDashboard : dashboard).blocks(visitor));
            pages.render(ex, "info/home.ftlh", visitor.signedIn() ? "Tableau de bord" : "Accueil", List.of(Breadcrumb.here("Accueil")), model);
        });
        table.get("/aide", Access.PUBLIC, ex -> pages.render(ex, "info/help.ftlh", "Aide",
                List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Aide")), RouteTable.none()));
        table.get("/accessibilite", Access.PUBLIC, ex -> pages.render(ex, "info/accessibility.ftlh", "Accessibilité",
                List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Accessibilité")), RouteTable.none()));
        table.get("/plan-du-site", Access.PUBLIC, ex -> pages.render(ex, "info/sitemap.ftlh", "Plan du site",
                List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Plan du site")), RouteTable.none()));
    }
}
