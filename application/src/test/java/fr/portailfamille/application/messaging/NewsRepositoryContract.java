package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.NewsArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link NewsRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class NewsRepositoryContract {

    protected abstract NewsRepository repository();

    static NewsArticle article(String title, LocalDate date, boolean published) {
        return new NewsArticle(0, title, date, "Texte avec **gras** et <balises>", published);
    }

    @Test
    void articles_come_back_newest_first_and_drafts_only_when_asked() {
        var repository = repository();
        var old = repository.add(article("Rentrée", LocalDate.of(2026, 9, 1), true));
        var draft = repository.add(article("Brouillon", LocalDate.of(2026, 11, 20), false));
        var recent = repository.add(article("Vacances d'hiver", LocalDate.of(2026, 11, 10), true));
        assertEquals(java.util.List.of(recent, old), repository.latest(true, 10));
        assertEquals(java.util.List.of(draft, recent, old), repository.latest(false, 10));
        assertEquals(1, repository.latest(true, 1).size());
        assertEquals(old, repository.find(old.id()).orElseThrow());
    }

    @Test
    void an_article_can_be_edited_and_unpublished() {
        var repository = repository();
        var stored = repository.add(article("Rentrée", LocalDate.of(2026, 9, 1), true));
        var edited = new NewsArticle(stored.id(), "Rentrée scolaire", stored.date(), "Nouveau texte", false);
        repository.update(edited);
        assertEquals(edited, repository.find(stored.id()).orElseThrow());
        assertTrue(repository.latest(true, 10).isEmpty());
        assertThrows(RuntimeException.class, () -> repository.update(new NewsArticle(999_999, "x", stored.date(), "y", true)));
    }

    @Test
    void an_article_keeps_its_last_image() {
        var repository = repository();
        var stored = repository.add(article("Rentrée", LocalDate.of(2026, 9, 1), true));
        assertTrue(repository.image(stored.id()).isEmpty());
        repository.saveImage(stored.id(), new NewsRepository.Image("image/png", new byte[]{1, 2, 3}));
        repository.saveImage(stored.id(), new NewsRepository.Image("image/jpeg", new byte[]{4, 5}));
        var image = repository.image(stored.id()).orElseThrow();
        assertEquals("image/jpeg", image.mediaType());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[]{4, 5}, image.content());
    }
}
