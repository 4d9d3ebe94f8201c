package fr.portailfamille.domain.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An «Actualité» of the town. The text uses a small formatting (blank line = new paragraph, «- » = list item,
 * **gras**) that the web adapter turns into safe HTML: agents never write HTML, so nothing they type can run.
 */
public record NewsArticle(long id, String title, LocalDate date, String text, boolean published) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;

    public NewsArticle {
        Objects.requireNonNull(date, "date");
        if (Objects.requireNonNull(title, "title").isBlank()) throw new IllegalArgumentException("title is blank");
        Objects.requireNonNull(text, "text");
    }

    /** French messages for an agent's form; empty when the article can be saved. */
    public static List<String> problems(String title, String text) {
        var problems = new ArrayList<String>();
        if (title == null || title.isBlank()) problems.add("Le titre est obligatoire.");
        else if (title.length() > TITLE_MAX) problems.add("Le titre ne doit pas dépasser " + TITLE_MAX + " caractères.");
        if (text == null || text.isBlank()) problems.add("Le texte est obligatoire.");
        else if (text.length() > TEXT_MAX) problems.add("Le texte ne doit pas dépasser " + TEXT_MAX + " caractères.");
        return problems;
    }

    public NewsArticle withId(long newId) {
        return new NewsArticle(newId, title, date, text, published);
    }

    public NewsArticle publishedAs(boolean visible) {
        return new NewsArticle(id, title, date, text, visible);
    }
}
