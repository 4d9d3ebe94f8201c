package fr.portailfamille.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small classes named after the business: no production class of any module goes over {@value #MAX_LINES} lines
 * unless a {@value #MARKER} line in it says why (one seam a split would cut in two, a composition root…). A class
 * that grows past the limit fails the build, so the choice — split it, or say why not — is made when it happens.
 */
class ClassLengthTest {

    static final int MAX_LINES = 300;
    static final String MARKER = "Long because:";

    @Test
    void no_production_class_is_long_without_saying_why() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("(examples/)?[^/]+/src/main/java/.*"))
                    .toList();
        }
        assertTrue(sources.size() > 300, "the walk found the production sources: " + sources.size());
        assertEquals(List.of(), tooLong(sources), "over " + MAX_LINES + " lines without a «// " + MARKER + " …» comment: split or explain");
    }

    @Test
    void the_rule_fails_on_a_planted_long_class_and_passes_when_it_says_why(@TempDir Path dir) throws IOException {
        Path silent = Files.writeString(dir.resolve("Silent.java"), "class Silent {\n" + "    int x;\n".repeat(MAX_LINES) + "}\n");
        Path explained = Files.writeString(dir.resolve("Explained.java"),
                "// " + MARKER + " one business seam.\nclass Explained {\n" + "    int x;\n".repeat(MAX_LINES) + "}\n");
        Path shortOne = Files.writeString(dir.resolve("Short.java"), "class Short {\n" + "    int x;\n".repeat(MAX_LINES - 2) + "}\n");
        assertEquals(List.of(silent + " (" + (MAX_LINES + 2) + " lines)"), tooLong(List.of(silent, explained, shortOne)));
    }

    static List<String> tooLong(List<Path> sources) {
        var found = new ArrayList<String>();
        for (Path source : sources) {
            try {
                List<String> lines = Files.readAllLines(source);
                if (lines.size() > MAX_LINES && lines.stream().noneMatch(l -> l.strip().startsWith("// " + MARKER))) {
                    found.add(source + " (" + lines.size() + " lines)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
