package fr.portailfamille.web.privacy;

import fr.portailfamille.application.privacy.ExportHouseholdData;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * «Télécharger mes données» as a ZIP written straight to the response: {@code LISEZMOI.html} (the readable summary),
 * {@code donnees.json} (the same records, machine-readable), then each file read from the database one at a time,
 * so the archive is never held whole in memory.
 */
final class HouseholdArchive {

    static final String SUMMARY = "LISEZMOI.html";
    static final String DATA = "donnees.json";

    private HouseholdArchive() {
    }

    static void write(ExportHouseholdData.Export export, Consumer<Writer> summary, OutputStream target) {
        try (var zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            var text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(SUMMARY));
            summary.accept(text);
            text.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(DATA));
            new Json(text).write(export.data());
            text.flush();
            zip.closeEntry();
            for (var file : export.files()) {
                var content = file.content().get();
                if (content.isEmpty()) continue; // a file deleted since the records were read
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(content.get());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
