package fr.portailfamille.web.bookings;

import fr.portailfamille.domain.bookings.OfficialSchoolHolidays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV export of the ministry's «Le calendrier scolaire» (data.education.gouv.fr, dataset
 * {@code fr-en-calendrier-scolaire}) to rows: «;»-separated, a header naming the columns either by their labels
 * ({@code Description;Population;Date de début;Date de fin;Zones;annee_scolaire;Location}) or by their field names
 * ({@code description;population;start_date;end_date;zones;annee_scolaire;location}), in any order. The meaning of
 * the rows is the domain's ({@link OfficialSchoolHolidays}); here only the file's shape, with French errors.
 */
final class OfficialCalendarCsv {

    /** The rows, or why the file is not that export. */
    sealed interface Read {
        record Rows(List<OfficialSchoolHolidays.Row> rows) implements Read {
        }

        record Unreadable(List<String> errors) implements Read {
        }
    }

    static final String NOT_CSV = "Le fichier n'est pas l'export CSV du calendrier scolaire officiel : la première ligne doit nommer les colonnes, "
            + "séparées par « ; » (Description;Population;Date de début;Date de fin;Zones;annee_scolaire;Location).";
    static final String MISSING_COLUMN = "La colonne « %s » manque à la première ligne du fichier.";
    static final String EMPTY = "Le fichier est vide.";

    /** Each column the rows need, by every name the export gives it (accents and case aside). */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("Description", List.of("description"));
        COLUMNS.put("Population", List.of("population"));
        COLUMNS.put("Date de début", List.of("date de debut", "start_date"));
        COLUMNS.put("Date de fin", List.of("date de fin", "end_date"));
        COLUMNS.put("Zones", List.of("zones", "zone"));
        COLUMNS.put("annee_scolaire", List.of("annee_scolaire", "annee scolaire"));
    }

    private OfficialCalendarCsv() {
    }

    static Read read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) return new Read.Unreadable(List.of(EMPTY));
        List<CSVRecord> records;
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).setTrim(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Read.Unreadable(List.of(NOT_CSV));
        }
        var header = records.getFirst();
        if (header.size() < 2) return new Read.Unreadable(List.of(NOT_CSV));
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        COLUMNS.forEach((label, names) -> {
            for (int i = 0; i < header.size(); i++) {
                if (names.contains(plain(header.get(i)))) index.putIfAbsent(label, i);
            }
            if (!index.containsKey(label)) errors.add(MISSING_COLUMN.formatted(label));
        });
        if (!errors.isEmpty()) return new Read.Unreadable(errors);
        List<OfficialSchoolHolidays.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            var record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) continue; // an empty line (kept above, so that lines count right)
            // the header is line 1 (a quoted cell over several lines would shift this; the export has none)
            rows.add(new OfficialSchoolHolidays.Row(r + 1L, cell(record, index, "Description"), cell(record, index, "Population"),
                    cell(record, index, "Date de début"), cell(record, index, "Date de fin"), cell(record, index, "Zones"),
                    cell(record, index, "annee_scolaire")));
        }
        return new Read.Rows(rows);
    }

    private static String cell(CSVRecord record, Map<String, Integer> index, String column) {
        int i = index.get(column);
        return i < record.size() ? record.get(i) : "";
    }

    /** «Date de début» → «date de debut». */
    private static String plain(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** UTF-8 as the export is; a file saved again by a spreadsheet on Windows comes in Windows-1252. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
