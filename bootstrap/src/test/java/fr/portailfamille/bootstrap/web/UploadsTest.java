package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_FILE;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_THREAD;
import static fr.portailfamille.persistence.schema.Tables.NEWS_ARTICLE;
import static fr.portailfamille.persistence.schema.Tables.NEWS_IMAGE;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every upload endpoint (justificatifs, a new message, a reply, a démarche's file, a news image) against the same
 * bad files: wrong type, an .exe renamed .pdf, HTML sent as {@code application/pdf}, one byte over 10 Mo ⇒ 422 with
 * a French message, nothing stored. A good file under a forged name (a path, control
 * or bidi characters: browsers never send those) is refused the same way; a very long name is cut, invisible spaces
 * dropped: the name is only shown, never used as a path or for the type.
 */
class UploadsTest {

    record BadFile(String what, String name, byte[] content, String message) {
    }

    /** One upload form: where it posts, its other fields, its file field, and the rows a stored file would add. */
    record Endpoint(String name, WebClient client, Supplier<String> path, Map<String, String> fields, String fileField, Supplier<Long> rows) {
    }

    static final byte[] PDF = "%PDF-1.4\n% justificatif\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static WebClient parent;
    static WebClient agent;
    static String demarche;
    static long thread;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var list = parent.get("/demarches");
        var formId = Pattern.compile("name=\"form\" value=\"(\\d+)\">\\s*<p><strong>Demande de quotient familial").matcher(list.body());
        assertTrue(formId.find(), list.body());
        demarche = parent.post("/demarches/nouvelle", Map.of("form", formId.group(1))).uri().getPath();
        parent.get("/messagerie/nouveau");
        parent.postFile("/messagerie/nouveau", Map.of("service", "REGIE", "subject", "Fil existant", "text", "Bonjour"), "unused", "", new byte[0]);
        var dsl = portal.db().dsl();
        long household = dsl.select(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID).from(HOUSEHOLD_ACCOUNT).join(ACCOUNT).on(ACCOUNT.ID.eq(HOUSEHOLD_ACCOUNT.ACCOUNT_ID))
                .where(ACCOUNT.EMAIL.eq("marie.dupont@exemple.fr")).fetchSingle().value1();
        thread = dsl.select(MESSAGE_THREAD.ID).from(MESSAGE_THREAD).where(MESSAGE_THREAD.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static List<Endpoint> endpoints() {
        var dsl = portal.db().dsl();
        return List.of(
                new Endpoint("justificatif", parent, () -> "/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file",
                        () -> (long) dsl.fetchCount(SUPPORTING_DOCUMENT)),
                new Endpoint("nouveau message", parent, () -> "/messagerie/nouveau", Map.of("service", "REGIE", "subject", "Pièce", "text", "Voici"), "file",
                        () -> (long) dsl.fetchCount(MESSAGE) + dsl.fetchCount(MESSAGE_THREAD)),
                new Endpoint("réponse", parent, () -> "/messagerie/" + thread, Map.of("text", "Voici"), "file", () -> (long) dsl.fetchCount(MESSAGE)),
                new Endpoint("démarche", parent, () -> demarche, Map.of("champ2", "2,5", "action", "envoyer"), "champ3",
                        () -> (long) dsl.fetchCount(DEMARCHE_FILE)),
                new Endpoint("image d'actualité", agent, () -> "/agent/actualites", Map.of("title", "Fête", "text", "Texte", "publish", "oui"), "image",
                        () -> (long) dsl.fetchCount(NEWS_ARTICLE) + dsl.fetchCount(NEWS_IMAGE)));
    }

    static List<BadFile> badFiles(boolean image) {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] oversize = Arrays.copyOf(PDF, UploadedFile.MAX_BYTES + 1);
        String wrongType = image ? "L'image doit être une photo JPEG ou PNG" : "ni un PDF, ni une image JPEG ou PNG";
        var files = new java.util.ArrayList<>(List.of(
                new BadFile("wrong type", "notes.txt", "Bonjour, voici mes notes".getBytes(StandardCharsets.UTF_8), wrongType),
                new BadFile("exe renamed .pdf", "facture.pdf", exe, wrongType),
                new BadFile("HTML sent as application/pdf", "page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), wrongType),
                new BadFile("10 Mo + 1 octet", "gros.pdf", oversize, image ? "L'image doit être une photo JPEG ou PNG (10 Mo au maximum)" : "dépasse 10 Mo")));
        if (image) files.add(new BadFile("a PDF where an image is expected", "affiche.pdf", PDF, wrongType));
        return files;
    }

    @Test
    void bad_files_are_refused_in_french_and_nothing_is_stored() {
        var endpoints = endpoints();
        assertEquals(5, endpoints.size());
        assertAll(endpoints.stream().flatMap(endpoint -> badFiles(endpoint.fileField().equals("image")).stream().map(bad -> (Executable) () -> {
            long before = endpoint.rows().get();
            endpoint.client().get(endpoint.path().get());
            var page = endpoint.client().postFile(endpoint.path().get(), endpoint.fields(), endpoint.fileField(), bad.name(), bad.content());
            String where = endpoint.name() + " / " + bad.what();
            // too large: 413 with the form shown again (justificatifs, messages), 422 elsewhere
            assertTrue(page.status() == 422 || bad.what().startsWith("10 Mo") && page.status() == 413, where + ": " + page.status());
            assertTrue(page.contains(bad.message()), where + ": the French reason is shown\n" + page.body());
            assertEquals(before, endpoint.rows().get(), where + ": nothing stored");
        })));
    }

    @Test
    void forged_file_names_are_refused_in_french_and_nothing_is_stored() {
        var names = List.of("../../etc/passwd", "..\\..\\windows\\system32\\facture.pdf", "fac\u0001tu\u0007re\u007f\u0085.pdf",
                "facture\u202Efdp.exe", "facture\u2066.pdf");
        var endpoints = endpoints();
        assertAll(endpoints.stream().flatMap(endpoint -> names.stream().map(name -> (Executable) () -> {
            long before = endpoint.rows().get();
            endpoint.client().get(endpoint.path().get());
            byte[] content = endpoint.fileField().equals("image") ? PNG : PDF;
            var page = endpoint.client().postFile(endpoint.path().get(), endpoint.fields(), endpoint.fileField(), name, content);
            String where = endpoint.name() + " / «" + name + "»";
            assertEquals(422, page.status(), where);
            assertTrue(page.contains("Le nom de ce fichier contient un chemin ou des caractères invisibles"), where + "\n" + page.body());
            assertEquals(before, endpoint.rows().get(), where + ": nothing stored");
        })));
    }

    @Test
    void long_names_and_invisible_spaces_are_stored_cleaned() {
        var dsl = portal.db().dsl();
        var names = List.of("a".repeat(1000) + ".pdf", "\u200Bfacture\u200D.pdf");
        assertAll(names.stream().map(name -> (Executable) () -> {
            parent.get("/dossier/documents");
            var page = parent.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file", name, PDF);
            assertEquals(200, page.status(), name);
            String stored = dsl.select(SUPPORTING_DOCUMENT.FILE_NAME).from(SUPPORTING_DOCUMENT).orderBy(SUPPORTING_DOCUMENT.ID.desc()).limit(1)
                    .fetchSingle().value1();
            assertClean(name, stored);
            parent.get("/messagerie/" + thread);
            parent.postFile("/messagerie/" + thread, Map.of("text", "Pièce"), "file", name, PDF);
            assertClean(name, dsl.select(MESSAGE.ATTACHMENT_NAME).from(MESSAGE).orderBy(MESSAGE.ID.desc()).limit(1).fetchSingle().value1());
        }));
    }

    static void assertClean(String sent, String stored) {
        String what = "«" + sent.substring(0, Math.min(40, sent.length())) + "» stored as «" + stored + "»";
        assertFalse(stored.isBlank(), what);
        assertFalse(stored.contains("/") || stored.contains("\\"), what + ": no path");
        assertTrue(stored.length() <= 120, what + ": at most 120 characters");
        assertTrue(stored.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT),
                what + ": no control nor invisible formatting character (an RTL override would disguise «.exe»)");
    }
}
