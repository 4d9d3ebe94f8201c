package fr.portailfamille.application.messaging;

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
}
