package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.messaging.NewsArticle;

import java.time.Clock;
import java.time.LocalDate;
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


    private final NewsRepository news;
    private final Transactions transactions;
    private final Clock clock;

    public NewsDesk(NewsRepository news, Transactions transactions, Clock clock) {
        this.news = news;
        this.transactions = transactions;
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
    public static final String NOT_AN_IMAGE = "L'image doit être une photo JPEG ou PNG (10 Mo au maximum).";

    /** Creates (id 0) or edits an article, with an optional new image (JPEG or PNG, checked from its content). */
    public Saved save(Actor actor, long id, String title, String text, boolean publish, fr.portailfamille.application.common.Upload image) {
        actor.requireStaff();
        var errors = new FieldErrors();
        NewsArticle.problems(title, text).forEach(p -> errors.add(p.startsWith("Le titre") ? "title" : "text", p));
        NewsRepository.Image picture = null;
        if (image != null && image.present()) {
            switch (UploadedFile.check(image.fileName(), image.content(), image.tooLarge())) {
                case UploadedFile.Check.Accepted accepted when accepted.file().type() != FileType.PDF ->
                        picture = new NewsRepository.Image(accepted.file().type().mediaType(), accepted.file().content());
                case UploadedFile.Check.Refused refused when refused.message().equals(UploadedFile.ODD_NAME) ->
                        errors.add("image", refused.message());
                default -> errors.add("image", NOT_AN_IMAGE);
            }
        }
        if (!errors.isEmpty()) return new Saved.Invalid(errors);
        var withImage = picture;
        return transactions.inTransaction(() -> {
            NewsArticle saved;
            if (id == 0) {
                saved = news.add(new NewsArticle(0, title.strip(), LocalDate.now(clock.withZone(TownZone.ZONE)), text.strip(), publish));
            } else {
                var existing = news.find(id).orElseThrow(Actor.NotAllowed::new);
                saved = new NewsArticle(id, title.strip(), existing.date(), text.strip(), publish);
                news.update(saved);
            }
            if (withImage != null) news.saveImage(saved.id(), withImage);
            return new Saved.Done(saved);
        });
    }

    /** The image of an article the reader may read. */
    public Optional<NewsRepository.Image> image(Optional<Actor> reader, long id) {
        return read(reader, id).flatMap(article -> news.image(article.id()));
    }

    public boolean hasImage(long id) {
        return news.image(id).isPresent();
    }
}
