package fr.portailfamille.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The table of figures: printed as each one comes, written to results/latest.md at the end with the CPU of each phase
 * and, beside it, results/latest-runs.csv (one line per measured phase: the raw figures the table's medians and spreads
 * come from). README «Performance» shows latest.md between two markers ({@link #syncReadme}).
 */
final class Results {

    enum Verdict { OK, KO, INFO }

    record Row(String scenario, String figure, String measured, String runs, String target, String ratio, Verdict verdict) {
    }

    /** One measured phase: its Gatling (or pgbench) figures and where the CPU went. */
    record Phase(String name, int run, long requests, long served, long shed, long errors, double p50, double p99, long wallMillis,
                 long bookings, Cpu.Times cpu) {
        double bookingsPerSecond() {
            return bookings * 1000.0 / Math.max(1, wallMillis);
        }

        /** CPU milliseconds per booking of one party (0 without bookings). */
        double perBooking(double seconds) {
            return bookings == 0 ? 0 : seconds * 1000 / bookings;
        }
    }

    static final String README_START = "<!-- bench/results/latest.md: start (written by bench/run, do not edit) -->";
    static final String README_END = "<!-- bench/results/latest.md: end -->";

    private final int cores = Runtime.getRuntime().availableProcessors();
    private final List<Row> rows = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String scenario, String figure, String measured, String target, String ratio, Verdict verdict) {
        add(scenario, figure, measured, "1", target, ratio, verdict);
    }

    void add(String scenario, String figure, String measured, String runs, String target, String ratio, Verdict verdict) {
        var row = new Row(scenario, figure, measured, runs, target, ratio, verdict);
        rows.add(row);
        System.out.printf("%n[bench] %s — %s : %s [%s] (cible %s, ratio %s) %s%n", scenario, figure, measured, runs, target, ratio, verdict);
    }

    Phase phase(Phase phase) {
        phases.add(phase);
        System.out.printf("[bench] phase %s #%d : %d réservations en %d ms, CPU portail %.1f s, PostgreSQL %.1f s, générateur %.1f s%n",
                phase.name(), phase.run(), phase.bookings(), phase.wallMillis(), phase.cpu().portal(), phase.cpu().postgres(), phase.cpu().load());
        return phase;
    }

    List<Phase> phases(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).toList();
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] " + text);
    }

    static Verdict atMost(double value, double limit) {
        return value <= limit ? Verdict.OK : Verdict.KO;
    }

    static Verdict atLeast(double value, double limit) {
        return value >= limit ? Verdict.OK : Verdict.KO;
    }

    static String num(double value) {
        return String.format(Locale.FRANCE, value >= 100 ? "%,.0f" : "%,.1f", value);
    }

    /** CPU milliseconds per booking: two decimals, a tenth of a millisecond matters there. */
    static String millis(double value) {
        return String.format(Locale.FRANCE, "%.2f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The median of measured values, and how many and how far apart they are: «n = 3, 700–760». */
    record Spread(double median, double min, double max, int n) {
        static Spread of(double... values) {
            if (values.length == 0) throw new IllegalArgumentException("no value");
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(median, sorted[0], sorted[n - 1], n);
        }

        String runs() {
            return n == 1 ? "1" : n + " (" + num(min) + "–" + num(max) + ")";
        }

        String ratios() {
            return n == 1 ? "1" : n + " (" + ratio(min) + "–" + ratio(max) + ")";
        }
    }

    String markdown(String header) {
        var out = new StringBuilder("# Portail Famille — bench results\n\n")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" · ").append(header).append("\n\n")
                .append("«mesures» : combien de mesures de ce banc donnent le chiffre (médiane s'il y en a plusieurs) et, entre parenthèses, "
                        + "la plus basse et la plus haute ; chaque mesure est une ligne de `latest-runs.csv`.\n\n")
                .append("| scenario | figure | measured | mesures | target | ratio | verdict |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.scenario).append(" | ").append(r.figure).append(" | ").append(r.measured).append(" | ").append(r.runs)
                    .append(" | ").append(r.target).append(" | ").append(r.ratio).append(" | ").append(r.verdict).append(" |\n");
        }
        if (!phases.isEmpty()) {
            out.append("\n### Où va le CPU (secondes de CPU par phase, lues dans /proc)\n\n")
                    .append("| phase | mesure | durée | réservations | réservations/s | CPU portail | CPU PostgreSQL | CPU générateur "
                            + "| cœurs occupés | portail ms/réservation | PostgreSQL ms/réservation | générateur ms/réservation |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Phase p : phases) {
                out.append("| ").append(p.name).append(" | ").append(p.run).append(" | ").append(num(p.wallMillis / 1000.0)).append(" s | ")
                        .append(p.bookings).append(" | ").append(num(p.bookingsPerSecond())).append(" | ")
                        .append(num(p.cpu.portal())).append(" s | ").append(num(p.cpu.postgres())).append(" s | ").append(num(p.cpu.load())).append(" s | ")
                        .append(millis(p.cpu.total() / Math.max(0.001, p.wallMillis / 1000.0))).append(" / ").append(cores).append(" | ")
                        .append(p.bookings == 0 ? "–" : millis(p.perBooking(p.cpu.portal()))).append(" | ")
                        .append(p.bookings == 0 ? "–" : millis(p.perBooking(p.cpu.postgres()))).append(" | ")
                        .append(p.bookings == 0 ? "–" : millis(p.perBooking(p.cpu.load()))).append(" |\n");
            }
        }
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(n -> out.append("- ").append(n).append("\n"));
        }
        return out.toString();
    }

    String csv() {
        var out = new StringBuilder("phase,run,requests,served,shed,errors,p50_ms,p99_ms,wall_ms,bookings,bookings_per_s,cpu_portal_s,cpu_postgres_s,cpu_load_s\n");
        for (Phase p : phases) {
            out.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%.0f,%.0f,%d,%d,%.1f,%.2f,%.2f,%.2f%n", p.name, p.run, p.requests, p.served, p.shed,
                    p.errors, p.p50, p.p99, p.wallMillis, p.bookings, p.bookingsPerSecond(), p.cpu.portal(), p.cpu.postgres(), p.cpu.load()));
        }
        return out.toString();
    }

    void write(Path directory, String header) throws IOException {
        Files.createDirectories(directory);
        String markdown = markdown(header);
        Files.writeString(directory.resolve("latest.md"), markdown);
        Files.writeString(directory.resolve("latest-runs.csv"), csv());
        System.out.println("\n" + markdown);
    }

    /**
     * README «Performance» shows latest.md itself, but its title line, between {@link #README_START} and
     * {@link #README_END}: one source of truth, rewritten by every run (bootstrap's BenchResultsInReadmeTest holds it).
     */
    static String syncReadme(String readme, String latest) {
        int start = readme.indexOf(README_START);
        int end = readme.indexOf(README_END);
        if (start < 0 || end < start) throw new IllegalStateException("README has no bench markers");
        String body = latest.substring(latest.indexOf('\n') + 1).strip();
        return readme.substring(0, start + README_START.length()) + "\n\n" + body + "\n\n" + readme.substring(end);
    }
}
