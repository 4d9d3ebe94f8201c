package fr.portailfamille.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.bootstrap.browser.Accessibility;
import fr.portailfamille.bootstrap.browser.Browser;
import fr.portailfamille.bootstrap.browser.MailWait;
import fr.portailfamille.domain.town.InstallationMode;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.Migrations;
import jakarta.mail.Multipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A town goes live, in Chromium, on a fresh embedded database outside the demo, with GreenMail as its SMTP relay:
 * {@code init} creates the town and its first admin, who activates from the mail, sets the town (name, logo, opening
 * hours, a service, a school with its levels, a justificatif type), reads «État du portail» and creates an agent; the
 * agent creates a family's account and publishes a town document; the family sees the town's name, logo and hours,
 * the justificatif asked for and the document. axe checks every new page, at desktop and phone widths.
 */
class TownGoesLiveBrowserTest {

    static final fr.portailfamille.application.common.MutableClock CLOCK = TestPortal.runningClock();
    static final String ADMIN = "anne.durand@villepreux.example";
    static final String AGENT = "marc.petit@villepreux.example";
    static final String PARENT = "julie.bernard@exemple.fr";

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private OpenDatabase database;
    private Portal portal;
    private String base;

    @AfterEach
    void stop() {
        if (portal != null) portal.close();
        if (database != null) database.close();
    }

    @Test
    void init_then_the_admin_sets_the_town_up_an_agent_publishes_and_a_family_sees_it_all() throws Exception {
        int port = freePort();
        base = "http://localhost:" + port;
        var config = new PortalConfig(Optional.empty(), dataDir, port, base, false, 4, 16, PortalConfig.Settings.of(Map.of(
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()), "SMTP_STARTTLS", "false")));

        // ./portail init, with flags, on a fresh embedded DATA_DIR
        database = OpenDatabase.open(config, 4);
        Migrations.migrate(database.pool());
        var command = TownInit.command(List.of("--town", "Villepreux", "--admin-name", "Anne DURAND", "--admin-email", ADMIN,
                "--phone", "01 30 80 80 00", "--address", "Place de la Mairie, 78450 Villepreux"), null, System.out, base);
        String said = TownSetUp.run(database.db(), config, command, CLOCK);
        assertTrue(said.contains("Le lien d'activation a été envoyé par courriel"), said);
        portal = Portal.start(config.inMode(InstallationMode.TOWN), database.db(),
                new SmtpMailTransport(new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false)), port, CLOCK);
        browser.desktopWidth();

        // the admin activates from the mail
        activateFromMail(ADMIN, "Anne DURAND");
        assertFalse(browser.pageText().contains("Démonstration"), "a town's portal is no demo");

        // réglages de la commune: hours, then the logo
        open("/admin/commune");
        type("name", "Villepreux");
        type("openingHours", "Du lundi au vendredi, de 8 h 30 à 12 h\nLe samedi, de 9 h à 12 h");
        browser.submit("form[action='/admin/commune']");
        browser.waitForText("Les réglages de la commune sont enregistrés");
        browser.driver().findElement(By.id("logo")).sendKeys(logo().toString());
        browser.submit("form[action='/admin/commune/logo']");
        browser.waitForText("Le nouveau logo paraît");
        browser.checkPage("mise-en-service-commune", Browser.PHONE_WIDTH);

        // a service with its address, for «Nous contacter»
        open("/admin/services");
        type("name", "Service scolaire et périscolaire");
        type("postalAddress", "2 rue de l'École, 78450 Villepreux");
        type("phone", "01 30 80 80 10");
        type("openingHours", "Le mercredi, de 9 h à 12 h");
        browser.submit("form[action='/admin/services']");
        browser.waitForText("est enregistré");
        browser.checkPage("mise-en-service-services", Browser.PHONE_WIDTH);

        // a school with its levels
        open("/admin/ecoles");
        type("name", "École élémentaire Jules Ferry");
        for (String level : List.of("CP", "CE1", "CE2", "CM1", "CM2")) browser.driver().findElement(By.id("level-" + level)).click();
        browser.submit("form[action='/admin/ecoles']");
        browser.waitForText("CP, CE1, CE2, CM1, CM2");
        browser.checkPage("mise-en-service-ecoles", Browser.PHONE_WIDTH);

        // a justificatif asked of every family, required
        open("/admin/justificatifs");
        type("label", "Justificatif de domicile");
        browser.driver().findElement(By.id("required")).click();
        browser.submit("form[action='/admin/justificatifs']");
        browser.waitForText("les dossiers des familles le demandent");
        browser.checkPage("mise-en-service-justificatifs", Browser.PHONE_WIDTH);

        open("/admin/etat-du-portail");
        browser.waitForText("joignable");
        assertTrue(browser.pageText().contains("Version du schéma"), browser.pageText());
        browser.checkPage("etat-du-portail", Browser.PHONE_WIDTH);

        // the admin creates an agent, who activates from the mail
        open("/admin/agents");
        type("lastName", "PETIT");
        type("firstNames", "Marc");
        type("email", AGENT);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("role"))).selectByValue("AGENT");
        browser.submit("main form");
        browser.waitForText("Compte créé");
        browser.signOut();
        activateFromMail(AGENT, "Marc PETIT");

        // before any family has joined, the agent publishes a town document to every family: those who join later see it
        open("/agent/documents-de-la-ville");
        Accessibility.assertNoViolations(browser.driver());
        type("title", "Guide de la rentrée");
        browser.driver().findElement(By.id("file")).sendKeys(pdf().toString());
        browser.submit("form[action='/agent/documents-de-la-ville']");
        browser.waitForText("de toutes les familles, y compris celles qui s'inscriront plus tard");
        assertEquals("Toutes les familles", browser.driver().findElement(By.cssSelector(".published .audience")).getText(), "listed as published to all");
        browser.checkPage("documents-de-la-ville-agent", Browser.PHONE_WIDTH);
        // withdrawing asks for a confirmation first; the agent goes back without withdrawing
        browser.driver().findElement(By.cssSelector(".published a")).click();
        browser.waitForText("Confirmer : retirer le document");
        browser.checkPage("documents-de-la-ville-retrait", Browser.PHONE_WIDTH);
        browser.driver().findElement(By.linkText("Annuler")).click();
        browser.waitForText("Documents publiés");

        // the agent creates a family's account; the family activates and opens its dossier
        open("/agent/comptes/nouveau");
        type("lastName", "BERNARD");
        type("firstNames", "Julie");
        type("email", PARENT);
        browser.submit("main form");
        browser.waitForText("Compte créé");
        browser.signOut();
        activateFromMail(PARENT, "Julie BERNARD");
        open("/dossier/documents");
        browser.waitForText("Justificatif de domicile");
        browser.signOut();


        // the family sees the town: name and logo in the banner, hours and service on «Nous contacter», the document
        browser.signIn(URI.create(base + "/connexion"), PARENT, PASSWORD);
        assertTrue(browser.pageText().toUpperCase().contains("VILLEPREUX"), browser.pageText());
        var banner = browser.driver().findElement(By.cssSelector("header img"));
        assertTrue(banner.getAttribute("src").contains("/ville/logo"), banner.getAttribute("src"));
        assertTrue((Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", banner), "the logo loads");
        open("/nous-contacter");
        browser.waitForText("Le samedi, de 9 h à 12 h");
        assertTrue(browser.pageText().contains("Service scolaire et périscolaire") && browser.pageText().contains("2 rue de l'École"), browser.pageText());
        browser.checkPage("nous-contacter-services", Browser.PHONE_WIDTH);
        open("/dossier/documents");
        browser.waitForText("Guide de la rentrée");
        assertTrue(browser.pageText().contains("Justificatif de domicile"), "the justificatif asked for");
        browser.checkPage("documents-de-la-ville-famille", Browser.PHONE_WIDTH);
        open("/dossier/documents");
        var download = (String) browser.script("""
                const link = [...document.querySelectorAll('a')].find(a => a.textContent.includes('Guide de la rentrée'));
                const xhr = new XMLHttpRequest(); xhr.open('GET', link.href, false); xhr.overrideMimeType('text/plain; charset=x-user-defined');
                xhr.send(); return xhr.status + ' ' + xhr.responseText.substring(0, 5);""");
        assertEquals("200 %PDF-", download);
    }

    static final String PASSWORD = "Une-Phrase-De-Passe-Villepreux-2026";

    /** Follows the activation link of the mail to {@code email}, accepts the CGU, chooses a password, is greeted. */
    private void activateFromMail(String email, String name) throws Exception {
        var mail = MailWait.firstTo(greenMail, email);
        String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        var link = Pattern.compile(Pattern.quote(base) + "(/activation/[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        open(link.group(1));
        browser.waitForText("Activer mon compte");
        if (!browser.driver().findElements(By.id("acceptTerms")).isEmpty()) browser.driver().findElement(By.id("acceptTerms")).click();
        type("password", PASSWORD);
        type("confirmation", PASSWORD);
        browser.submit("main form");
        browser.waitForText("Bonjour " + name.split(" ")[0]);
    }

    private void open(String path) {
        browser.driver().get(base + path);
    }

    private void type(String id, String value) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private Path logo() throws IOException {
        var image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 48; x++) for (int y = 0; y < 48; y++) image.setRGB(x, y, x < 24 ? 0x1F4E8C : 0xE4002B);
        Path file = files.resolve("logo-villepreux.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private Path pdf() throws IOException {
        return Files.write(files.resolve("guide.pdf"), "%PDF-1.4\n% Guide de la rentrée de Villepreux\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
