package fr.portailfamille.bench;

import io.gatling.app.Gatling$;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs one Gatling simulation in this JVM and reads its figures back from the report Gatling writes. */
final class GatlingRun {

    /** Gatling's global figures: requests (ok / ko), response-time percentiles in ms, mean requests per second. */
    record Stats(long ok, long ko, double p50, double p95, double p99, double max, double perSecond, long wallMillis) {
        long total() {
            return ok + ko;
        }
    }

    static final Path RESULTS = Path.of("target", "gatling");

    private GatlingRun() {
    }

    static Stats run(Class<?> simulation, String description) {
        long started = System.nanoTime();
        int status = Gatling$.MODULE$.fromArgs(new String[]{"-s", simulation.getName(), "-rf", RESULTS.toAbsolutePath().toString(),
                "-rd", description, "-l", "bench"});
        long wall = (System.nanoTime() - started) / 1_000_000;
        if (status != 0 && status != 2) throw new IllegalStateException("Gatling ended with status " + status + " for " + simulation.getSimpleName());
        return read(latestReport(simulation), wall);
    }

    private static Path latestReport(Class<?> simulation) {
        try (var dirs = Files.list(RESULTS)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(simulation.getSimpleName().toLowerCase()))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report for " + simulation.getSimpleName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The «All Requests» row of the report's statistics table (its first row). */
    static Stats read(Path report, long wall) {
        String html;
        try {
            html = Files.readString(report.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stats((long) column(html, 3), (long) column(html, 4), column(html, 8), column(html, 10), column(html, 11),
                column(html, 12), column(html, 6), wall);
    }

    private static double column(String html, int column) {
        Matcher m = Pattern.compile("<td class=\"value (?:total|ok|ko) col-" + column + "\">([^<]*)</td>").matcher(html);
        if (!m.find()) throw new IllegalStateException("unreadable Gatling report: column " + column);
        String value = m.group(1).replace(",", "").replace("\u00a0", "").trim();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value.equals("-") ? 0 : Double.NaN;
        }
    }
}
