package fr.portailfamille.bootstrap.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.Portal;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.TestDatabase;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Ma première connexion» end to end, in Chromium, with real SMTP (GreenMail): an agent creates the account, the
 * mail arrives, the parent follows its link, accepts the CGU, chooses a password, signs out and in again; a new CGU
 * version then stops the parent until accepted. axe checks every page on the way.
 */
class AccountJourneyBrowserTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = fr.portailfamille.bootstrap.TestPortal.runningClock();

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private Portal portal;
    private String base;

    @AfterEach
    void stop() {
        if (portal != null) portal.close();
    }

    @Test
    void agent_creates_parent_activates_signs_out_and_in_then_accepts_new_cgu() throws Exception {
        int port = freePort();
        base = "http://localhost:" + port;
        var config = new PortalConfig(Optional.empty(), dataDir, port, base, true);
        var db = TestDatabase.fresh();
        DemoData.seedIfEmpty(db, config, CLOCK);
        var smtp = new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false);
        portal = Portal.start(config, db, new SmtpMailTransport(smtp), port, CLOCK);
        browser.desktopWidth();

        // the agent creates the household's account
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        open("/agent/comptes/nouveau");
        Accessibility.assertNoViolations(browser.driver());
        type("lastName", "Messiers");
        type("firstNames", "Test");
        type("email", "test.messiers@exemple.fr");
        submit();
        waitForText("Compte créé : identifiant de connexion");
        assertTrue(pageText().contains("courriers indésirables"));
        Accessibility.assertNoViolations(browser.driver());
        signOut();

        // the mail arrives through SMTP
        // (the demo seed's mails arrive too: wait for this household's own)
        MimeMessage mail = MailWait.firstTo(greenMail, "test.messiers@exemple.fr");
        assertEquals("Création compte portail famille – Mairie de Beaulieu-sur-Orge", mail.getSubject());
        String text = textPart(mail);
        var link = Pattern.compile(Pattern.quote(base) + "(/activation/[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        var loginId = Pattern.compile("identifiant de connexion est (\\d+)").matcher(text);
        assertTrue(loginId.find(), text);

        // the parent follows the link: CGU, acceptance, password
        open(link.group(1));
        waitForText("PRÉAMBULE");
        Accessibility.assertNoViolations(browser.driver());
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        browser.screenshot("activation-telephone");
        browser.desktopWidth();
        type("password", "Une-Phrase-De-Passe-2026");
        type("confirmation", "Une-Phrase-De-Passe-2026");
        submit();
        waitForText("Vous devez accepter les conditions générales d'utilisation");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("acceptTerms")).click();
        type("password", "Une-Phrase-De-Passe-2026");
        type("confirmation", "Une-Phrase-De-Passe-2026");
        submit();
        waitForText("Bonjour Test Messiers");
        Accessibility.assertNoViolations(browser.driver());
        open("/mon-compte");
        waitForText("Identifiant de connexion");
        Accessibility.assertNoViolations(browser.driver());
        browser.screenshot("mon-compte");
        signOut();

        // signs in again with the login id from the mail
        signIn(loginId.group(1), "Une-Phrase-De-Passe-2026");
        waitForText("Bonjour Test Messiers");

        // an admin publishes new CGU: the parent must accept them before anything else
        var admin = new WebClient(port);
        admin.get("/connexion");
        admin.post("/connexion", Map.of("identifier", "claire.martin@beaulieu-sur-orge.example", "password", "Demo-Admin-Beaulieu-2026"));
        admin.get("/admin/cgu");
        assertTrue(admin.post("/admin/cgu", Map.of("title", "CGU 2027", "body", "PRÉAMBULE\n\nVersion révisée.")).contains("est publiée"));
        open("/mon-compte");
        waitForText("Modification des conditions générales d'utilisation");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("acceptTerms")).click();
        submit();
        // accepted: on to the page asked for, «Mon compte»
        waitForText("Identifiant de connexion");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/mon-compte"), browser.driver().getCurrentUrl());
    }

    private void signIn(String identifier, String password) {
        open("/connexion");
        Accessibility.assertNoViolations(browser.driver());
        browser.signIn(java.net.URI.create(base + "/connexion"), identifier, password);
    }

    private void signOut() {
        browser.signOut();
    }

    private void open(String path) {
        browser.driver().get(base + path);
    }

    private void type(String id, String value) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void submit() {
        browser.driver().findElement(By.cssSelector("main form.stacked button[type=submit], main form button[type=submit]")).click();
    }

    private void waitForText(String text) {
        browser.waitForText(text);
    }

    private String pageText() {
        return browser.pageText();
    }

    private static String textPart(MimeMessage mail) throws Exception {
        var multipart = (Multipart) mail.getContent();
        return (String) multipart.getBodyPart(0).getContent();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
