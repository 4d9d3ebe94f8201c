package fr.portailfamille.web.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the agents' simple formatting into HTML, escaping everything first: paragraphs separated by a blank line,
 * lines starting with «- » as a list, **bold**. The output contains no tag or attribute the input brought.
 */
public final class SimpleText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private SimpleText() {
    }

    public static String toHtml(String text) {
        var html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            String[] lines = block.strip().split("\n");
            boolean list = lines.length > 0 && java.util.Arrays.stream(lines).allMatch(l -> l.strip().startsWith("- "));
            if (list) {
                html.append("<ul>");
                for (String line : lines) html.append("<li>").append(inline(line.strip().substring(2))).append("</li>");
                html.append("</ul>");
            } else if (!block.isBlank()) {
                html.append("<p>").append(String.join("<br>", java.util.Arrays.stream(lines).map(l -> inline(l.strip())).toList())).append("</p>");
            }
        }
        return html.toString();
    }

    /** The first words, for a list or the dashboard, without formatting. */
    public static String summary(String text, int maxLength) {
        String plain = BOLD.matcher(text).replaceAll("$1").replaceAll("\\s+", " ").strip();
        return plain.length() <= maxLength ? plain : plain.substring(0, plain.lastIndexOf(' ', maxLength) > 0 ? plain.lastIndexOf(' ', maxLength) : maxLength) + "…";
    }

    private static String inline(String line) {
        Matcher bold = BOLD.matcher(escape(line));
        return bold.replaceAll(m -> "<strong>" + Matcher.quoteReplacement(m.group(1)) + "</strong>");
    }

    static String escape(String s) {
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
