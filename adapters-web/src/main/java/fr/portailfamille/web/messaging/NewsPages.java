package fr.portailfamille.web.messaging;

import fr.portailfamille.web.output.SimpleText;
import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.messaging.NewsDesk;
import fr.portailfamille.domain.messaging.NewsArticle;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.ErrorPages;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.MultipartForm;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** «Actualités»: list and detail for everyone; writing, publishing and unpublishing for agents. */
public final class NewsPages implements PortalWeb.Area {

    private static final int MAX_UPLOAD = fr.portailfamille.application.households.UploadedFile.MAX_BYTES + 64 * 1024;

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb NEWS = new Breadcrumb("Actualités", "/actualites");
    private static final Breadcrumb STAFF_NEWS = new Breadcrumb("Actualités", "/agent/actualites");

    private final NewsDesk desk;

    public NewsPages(NewsDesk desk) {
        this.desk = desk;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/actualites", Access.PUBLIC, ex -> pages.render(ex, "messaging/news.ftlh", "Médias et actualités",
                List.of(HOME, Breadcrumb.here("Actualités")), Map.of("articles", desk.published(50))));
        table.get("/actualites/{id}", Access.PUBLIC, ex -> {
            var reader = ex.visitor().signedIn() ? Optional.of(actor(ex.visitor())) : Optional.<Actor>empty();
            var article = PathIds.optional(ex.pathParam("id")).flatMap(id -> desk.read(reader, id));
            if (article.isEmpty()) {
                ErrorPages.notFound(pages, ex);
                return;
            }
            pages.render(ex, "messaging/article.ftlh", article.get().title(), List.of(HOME, NEWS, Breadcrumb.here(article.get().title())),
                    Map.of("article", article.get(), "html", SimpleText.toHtml(article.get().text()), "hasImage", desk.hasImage(article.get().id())));
        });

        table.get("/agent/actualites", Access.STAFF, ex -> pages.render(ex, "messaging/news-desk.ftlh", "Actualités",
                List.of(HOME, Breadcrumb.here("Actualités")), Map.of("articles", desk.all(actor(ex.visitor())))));
        table.get("/agent/actualites/nouvelle", Access.STAFF, ex -> form(pages, ex, Status.OK_200, 0, Map.of(), Map.of()));
        table.get("/agent/actualites/{id}", Access.STAFF, ex -> {
            var article = PathIds.optional(ex.pathParam("id")).flatMap(id -> desk.read(Optional.of(actor(ex.visitor())), id));
            if (article.isEmpty()) {
                ErrorPages.notFound(pages, ex);
                return;
            }
            var a = article.get();
            form(pages, ex, Status.OK_200, a.id(), Map.of(), Map.of("title", a.title(), "text", a.text(), "publish", a.published() ? "oui" : ""));
        });
        table.postMultipart("/agent/actualites", Access.STAFF, MAX_UPLOAD, (ex, upload) -> save(pages, ex, 0, upload));
        table.postMultipart("/agent/actualites/{id}", Access.STAFF, MAX_UPLOAD, (ex, upload) -> {
            var id = PathIds.optional(ex.pathParam("id"));
            if (id.isEmpty()) ErrorPages.notFound(pages, ex);
            else save(pages, ex, id.get(), upload);
        });
        table.get("/actualites/{id}/image", Access.PUBLIC, ex -> {
            var reader = ex.visitor().signedIn() ? Optional.of(actor(ex.visitor())) : Optional.<Actor>empty();
            var image = PathIds.optional(ex.pathParam("id")).flatMap(id -> desk.image(reader, id));
            if (image.isEmpty()) {
                ErrorPages.notFound(pages, ex);
                return;
            }
            ex.response().header(HeaderNames.CONTENT_TYPE, image.get().mediaType());
            ex.response().header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
            ex.response().header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
            ex.response().send(image.get().content());
        });
    }

    private void save(Pages pages, Exchange ex, long id, MultipartForm upload) {
        String text = ex.form().first("text").orElse("");
        var file = upload.file("image");
        var image = new fr.portailfamille.application.common.Upload(file.map(MultipartForm.FilePart::fileName).orElse(null), file.map(MultipartForm.FilePart::content).orElse(null),
                upload.tooLarge() || file.map(MultipartForm.FilePart::truncated).orElse(false));
        switch (desk.save(actor(ex.visitor()), id, ex.field("title"), text, "oui".equals(ex.field("publish")), image)) {
            case NewsDesk.Saved.Done done -> Pages.redirect(ex.response(), "/agent/actualites");
            case NewsDesk.Saved.Invalid invalid -> form(pages, ex, Pages.INVALID_FORM, id, invalid.errors().asMap(),
                    Map.of("title", ex.field("title"), "text", text, "publish", ex.field("publish")));
        }
    }

    private void form(Pages pages, Exchange ex, Status status, long id, Map<String, String> errors, Map<String, String> form) {
        var model = new HashMap<String, Object>(Map.of("errors", errors, "form", form, "action", id == 0 ? "/agent/actualites" : "/agent/actualites/" + id));
        String title = id == 0 ? "Nouvelle actualité" : "Modifier l'actualité";
        pages.render(ex, status, "messaging/news-form.ftlh", title, List.of(HOME, STAFF_NEWS, Breadcrumb.here(title)), model);
    }

    /** For the dashboard: the latest published articles. */
    public static List<NewsArticle> latest(NewsDesk desk) {
        return desk.published(3);
    }
}
