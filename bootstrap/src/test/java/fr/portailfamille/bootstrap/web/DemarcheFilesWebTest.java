package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_FILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A démarche with a «fichier» question: the file follows the upload rules and stays with its household. */
class DemarcheFilesWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static final byte[] PDF = "%PDF-1.4\n% avis d'imposition\n".getBytes();

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void a_family_joins_a_file_an_agent_downloads_it_another_family_cannot() {
        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var list = parent.get("/demarches");
        var formId = Pattern.compile("name=\"form\" value=\"(\\d+)\">\\s*<p><strong>Demande de quotient familial").matcher(list.body());
        assertTrue(formId.find(), list.body());
        var started = parent.post("/demarches/nouvelle", Map.of("form", formId.group(1)));
        String path = started.uri().getPath();
        long files = portal.db().dsl().fetchCount(DEMARCHE_FILE);

        var spoofed = parent.postFile(path, Map.of("champ2", "2,5", "action", "envoyer"), "champ3", "avis.pdf", "MZ not a pdf".getBytes());
        assertEquals(422, spoofed.status());
        assertTrue(spoofed.contains("ni un PDF"), spoofed.body());
        var missing = parent.postFile(path, Map.of("champ1", "", "action", "envoyer"), "champ3", "avis.pdf", PDF);
        assertEquals(422, missing.status(), "a required answer is missing: the file is not kept either");
        assertEquals(files, portal.db().dsl().fetchCount(DEMARCHE_FILE), "nothing stored");

        var sent = parent.postFile(path, Map.of("champ2", "2,5", "action", "envoyer"), "champ3", "avis 2026.pdf", PDF);
        assertTrue(sent.contains("Votre démarche est envoyée"), sent.body());
        var link = Pattern.compile("href=\"/demarches/fichiers/(\\d+)\">avis 2026.pdf").matcher(sent.body());
        assertTrue(link.find(), sent.body());
        assertArrayEquals(PDF, parent.download("/demarches/fichiers/" + link.group(1)).body());

        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        assertArrayEquals(PDF, agent.download("/agent/demarches/fichiers/" + link.group(1)).body());
        var other = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        assertEquals(404, other.download("/demarches/fichiers/" + link.group(1)).statusCode());
    }
}
