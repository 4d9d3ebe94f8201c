package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.messaging.NewsArticle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** «Actualités»: agents write, publish and unpublish; everyone reads what is published. */
public final class NewsDesk {

    public sealed interface Saved {
        record Done(NewsArticle article) implements Saved {
        }

        record Invalid(FieldErrors errors) implements Saved {
        }
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final NewsRepository news;
    private final Clock clock;

    public NewsDesk(NewsRepository news, Clock clock) {
        this.news = news;
        this.clock = clock;
    }

    public List<NewsArticle> published(int limit) {
        return news.latest(true, limit);
    }

    /** A published article; staff also see drafts. */
    public Optional<NewsArticle> read(Optional<Actor> reader, long id) {
        boolean staff = reader.map(a -> a.role().isStaff()).orElse(false);
        return news.find(id).filter(a -> a.published() || staff);
    }

    public List<NewsArticle> all(Actor actor) {
        actor.requireStaff();
        return news.latest(false, 200);
    }

    /** Creates (id 0) or edits an article; a new one starts unpublished unless asked otherwise. */
    public Saved save(Actor actor, long id, String title, String text, boolean publish) {
        actor.requireStaff();
        var problems = NewsArticle.problems(title, text);
        if (!problems.isEmpty()) {
            var errors = new FieldErrors();
            problems.forEach(p -> errors.add(p.startsWith("Le titre") ? "title" : "text", p));
            return new Saved.Invalid(errors);
        }
        if (id == 0) {
            return new Saved.Done(news.add(new NewsArticle(0, title.strip(), LocalDate.now(clock.withZone(PARIS)), text.strip(), publish)));
        }
        var existing = news.find(id).orElseThrow(Actor.NotAllowed::new);
        var edited = new NewsArticle(id, title.strip(), existing.date(), text.strip(), publish);
        news.update(edited);
        return new Saved.Done(edited);
    }
}
