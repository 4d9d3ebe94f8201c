package fr.portailfamille.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV exports for the town's spreadsheet (French Excel): «;» separator, UTF-8 with a BOM; a cell starting with
 * = + - @ (or a tab, a carriage return) is prefixed with «'» so a family's or child's name can never run as a formula.
 */
public final class Spreadsheet {

    private Spreadsheet() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get();
        try (var csv = new CSVPrinter(out, format)) {
            for (List<String> row : rows) csv.printRecord(row.stream().map(Spreadsheet::safe).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Sends the CSV as a download, never cached. */
    public static void send(ServerResponse res, String fileName, String csv) {
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Neutralises formula injection: «=HYPERLINK(…)» becomes «'=HYPERLINK(…)». */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
