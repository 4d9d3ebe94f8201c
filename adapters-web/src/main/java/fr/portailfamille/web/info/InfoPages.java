package fr.portailfamille.web.info;

import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;

import fr.portailfamille.domain.messaging.NewsArticle;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The home page and the pages of the header: Accessibilité, Aide, Plan du site. */
public final class InfoPages implements PortalWeb.Area {

    private final Supplier<List<NewsArticle>> latestNews;

    /** @param latestNews the few latest published «Actualités» for the home page */
    public InfoPages(Supplier<List<NewsArticle>> latestNews) {
        this.latestNews = latestNews;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/", Access.PUBLIC, ex -> pages.render(ex, "info/home.ftlh",
                ex.visitor().signedIn() ? "Tableau de bord" : "Accueil", List.of(Breadcrumb.here("Accueil")), Map.of("news", latestNews.get())));
        table.get("/aide", Access.PUBLIC, ex -> pages.render(ex, "info/help.ftlh", "Aide",
                List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Aide")), RouteTable.none()));
        table.get("/accessibilite", Access.PUBLIC, ex -> pages.render(ex, "info/accessibility.ftlh", "Accessibilité",
                List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Accessibilité")), RouteTable.none()));
        table.get("/plan-du-site", Access.PUBLIC, ex -> pages.render(ex, "info/sitemap.ftlh", "Plan du site",
                List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Plan du site")), RouteTable.none()));
    }
}
