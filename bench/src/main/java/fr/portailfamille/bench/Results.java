package fr.portailfamille.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of figures: printed as each one comes, written to results/latest.md at the end. */
final class Results {

    enum Verdict { OK, KO, INFO }

    record Row(String scenario, String figure, String measured, String target, String ratio, Verdict verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String scenario, String figure, String measured, String target, String ratio, Verdict verdict) {
        var row = new Row(scenario, figure, measured, target, ratio, verdict);
        rows.add(row);
        System.out.printf("%n[bench] %s — %s : %s (cible %s, ratio %s) %s%n", scenario, figure, measured, target, ratio, verdict);
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

    void write(Path file, String header) throws IOException {
        Files.createDirectories(file.getParent());
        var out = new StringBuilder("# Portail Famille — bench results\n\n")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" · ").append(header).append("\n\n")
                .append("| scenario | figure | measured | target | ratio | verdict |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.scenario).append(" | ").append(r.figure).append(" | ").append(r.measured).append(" | ")
                    .append(r.target).append(" | ").append(r.ratio).append(" | ").append(r.verdict).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(n -> out.append("- ").append(n).append("\n"));
        }
        Files.writeString(file, out);
        System.out.println("\n" + out);
    }
}
