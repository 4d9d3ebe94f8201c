package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.AUDIT_EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Réglages de la commune»: the admin's changes reach every page at once; a bad form changes nothing. */
class TownSettingsWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Map<String, String> form(String email) {
        return Map.of("name", "Beaulieu-sur-Orge", "servicesEmail", email, "phone", "01 64 00 00 99",
                "postalAddress", "Hôtel de ville, 1 place de la République, 91999 Beaulieu-sur-Orge",
                "openingHours", "Du lundi au vendredi, de 8 h 30 à 12 h <script>alert(1)</script>");
    }

    @Test
    void theAdminSetsTheHoursAndTheContactPageShowsThem() {
        var admin = WebClient.signedIn(portal.portal().port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        assertEquals(200, admin.get("/admin/commune").status());
        var saved = admin.post("/admin/commune", form("accueil@beaulieu-sur-orge.example"));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.contains("Les réglages de la commune sont enregistrés"), saved.body());

        var contact = new WebClient(portal.portal().port()).get("/nous-contacter");
        assertTrue(contact.contains("Du lundi au vendredi, de 8 h 30 à 12 h"), contact.body());
        assertFalse(contact.body().contains("<script>alert(1)</script>"), "escaped");
        assertTrue(contact.contains("accueil@beaulieu-sur-orge.example") && contact.contains("01 64 00 00 99"));
        assertTrue(portal.db().dsl().fetchExists(AUDIT_EVENT, AUDIT_EVENT.TYPE.eq("TOWN_SETTINGS_CHANGED")));

        admin.get("/admin/commune");
        var refused = admin.post("/admin/commune", form("pas-une-adresse"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Saisissez une adresse e-mail valide"), refused.body());
        assertTrue(new WebClient(portal.portal().port()).get("/nous-contacter").contains("accueil@beaulieu-sur-orge.example"), "unchanged");
    }

    @Test
    void theAdminsLogoIsInEveryBannerAndAnythingElseIsRefusedInFrench() throws Exception {
        var admin = WebClient.signedIn(portal.portal().port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        admin.get("/admin/commune");
        var refused = admin.postFile("/admin/commune/logo", Map.of(), "logo", "logo.png", "MZ pas une image".getBytes());
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Le logo doit être une image PNG ou JPEG."), refused.body());

        admin.get("/admin/commune");
        var saved = admin.postFile("/admin/commune/logo", Map.of(), "logo", "logo.png", png);
        assertEquals(200, saved.status(), saved.body());
        var home = new WebClient(portal.portal().port()).get("/");
        var src = java.util.regex.Pattern.compile("<img src=\"(/ville/logo\\?v=\\d+)\"").matcher(home.body());
        assertTrue(src.find(), home.body());
        var image = new WebClient(portal.portal().port()).download(src.group(1));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(png, image.body()));
    }
}
