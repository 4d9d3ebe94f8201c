package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.NewsArticle;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryNewsRepository implements NewsRepository {

    private final Map<Long, NewsArticle> articles = new TreeMap<>();
    private final Map<Long, Image> images = new java.util.HashMap<>();
    private long lastId;

    @Override
    public synchronized NewsArticle add(NewsArticle article) {
        var stored = article.withId(++lastId);
        articles.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(NewsArticle article) {
        if (!articles.containsKey(article.id())) throw new IllegalArgumentException("unknown article " + article.id());
        articles.put(article.id(), article);
    }

    @Override
    public synchronized Optional<NewsArticle> find(long id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized List<NewsArticle> latest(boolean publishedOnly, int limit) {
        return articles.values().stream().filter(a -> a.published() || !publishedOnly)
                .sorted(Comparator.comparing(NewsArticle::date).thenComparingLong(NewsArticle::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized void saveImage(long articleId, Image image) {
        if (!articles.containsKey(articleId)) throw new IllegalArgumentException("unknown article " + articleId);
        images.put(articleId, new Image(image.mediaType(), image.content().clone()));
    }

    @Override
    public synchronized Optional<Image> image(long articleId) {
        return Optional.ofNullable(images.get(articleId)).map(i -> new Image(i.mediaType(), i.content().clone()));
    }
}
