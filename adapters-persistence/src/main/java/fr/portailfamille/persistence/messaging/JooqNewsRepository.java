package fr.portailfamille.persistence.messaging;

import fr.portailfamille.application.messaging.port.NewsRepository;
import fr.portailfamille.domain.messaging.NewsArticle;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.NewsArticleRecord;

import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.NEWS_ARTICLE;
import static fr.portailfamille.persistence.schema.Tables.NEWS_IMAGE;

public final class JooqNewsRepository implements NewsRepository {

    private final Db db;

    public JooqNewsRepository(Db db) {
        this.db = db;
    }

    @Override
    public NewsArticle add(NewsArticle a) {
        long id = db.dsl().insertInto(NEWS_ARTICLE)
                .set(NEWS_ARTICLE.TITLE, a.title()).set(NEWS_ARTICLE.PUBLISHED_ON, a.date())
                .set(NEWS_ARTICLE.TEXT, a.text()).set(NEWS_ARTICLE.PUBLISHED, a.published())
                .returning(NEWS_ARTICLE.ID).fetchOne(NEWS_ARTICLE.ID);
        return a.withId(id);
    }

    @Override
    public void update(NewsArticle a) {
        int changed = db.dsl().update(NEWS_ARTICLE)
                .set(NEWS_ARTICLE.TITLE, a.title()).set(NEWS_ARTICLE.PUBLISHED_ON, a.date())
                .set(NEWS_ARTICLE.TEXT, a.text()).set(NEWS_ARTICLE.PUBLISHED, a.published())
                .where(NEWS_ARTICLE.ID.eq(a.id())).execute();
        if (changed != 1) throw new IllegalArgumentException("unknown article " + a.id());
    }

    @Override
    public Optional<NewsArticle> find(long id) {
        return db.dsl().selectFrom(NEWS_ARTICLE).where(NEWS_ARTICLE.ID.eq(id)).fetchOptional(JooqNewsRepository::toArticle);
    }

    @Override
    public List<NewsArticle> latest(boolean publishedOnly, int limit) {
        return db.dsl().selectFrom(NEWS_ARTICLE).where(publishedOnly ? NEWS_ARTICLE.PUBLISHED.isTrue() : org.jooq.impl.DSL.noCondition())
                .orderBy(NEWS_ARTICLE.PUBLISHED_ON.desc(), NEWS_ARTICLE.ID.desc()).limit(limit).fetch(JooqNewsRepository::toArticle);
    }

    @Override
    public void saveImage(long articleId, Image image) {
        db.dsl().insertInto(NEWS_IMAGE).set(NEWS_IMAGE.ARTICLE_ID, articleId).set(NEWS_IMAGE.MEDIA_TYPE, image.mediaType())
                .set(NEWS_IMAGE.CONTENT, image.content())
                .onConflict(NEWS_IMAGE.ARTICLE_ID).doUpdate().set(NEWS_IMAGE.MEDIA_TYPE, image.mediaType()).set(NEWS_IMAGE.CONTENT, image.content())
                .execute();
    }

    @Override
    public Optional<Image> image(long articleId) {
        return db.dsl().selectFrom(NEWS_IMAGE).where(NEWS_IMAGE.ARTICLE_ID.eq(articleId)).fetchOptional(r -> new Image(r.getMediaType(), r.getContent()));
    }

    private static NewsArticle toArticle(NewsArticleRecord r) {
        return new NewsArticle(r.getId(), r.getTitle(), r.getPublishedOn(), r.getText(), r.getPublished());
    }
}
