package fr.portailfamille.application.messaging.port;

import fr.portailfamille.domain.messaging.NewsArticle;

import java.util.List;
import java.util.Optional;

/** Out-port: the town's «Actualités». */
public interface NewsRepository {

    NewsArticle add(NewsArticle article);

    void update(NewsArticle article);

    Optional<NewsArticle> find(long id);

    /** Most recent date first (then most recent id); only published ones when {@code publishedOnly}. */
    List<NewsArticle> latest(boolean publishedOnly, int limit);

    /** An article's image: its type as detected from the content, and its bytes. */
    record Image(String mediaType, byte[] content) {
    }

    /** Sets (or replaces) the article's image. */
    void saveImage(long articleId, Image image);

    Optional<Image> image(long articleId);
}
