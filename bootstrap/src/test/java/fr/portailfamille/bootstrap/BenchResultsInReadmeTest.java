package fr.portailfamille.bootstrap;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README «Performance» shows the bench's last results as the bench wrote them: between its two markers, exactly
 * {@code bench/results/latest.md} but its title line (bench/run copies it there). A figure typed by hand, or a
 * latest.md committed without its README, fails here.
 */
class BenchResultsInReadmeTest {

    static final String START = "<!-- bench/results/latest.md: start (written by bench/run, do not edit) -->";
    static final String END = "<!-- bench/results/latest.md: end -->";

    @Test
    void the_readme_shows_bench_results_latest_md_as_written() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        String latest = Files.readString(root.resolve("bench").resolve("results").resolve("latest.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has the bench markers");
        assertTrue(latest.startsWith("# "), "latest.md starts with its title");

        String shown = readme.substring(start + START.length(), end).strip();
        assertEquals(latest.substring(latest.indexOf('\n') + 1).strip(), shown);
    }
}
