package fr.portailfamille.bootstrap.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.Portal;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.TestDatabase;
import jakarta.mail.Multipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MESSAGERIE in Chromium with real SMTP (GreenMail): a parent writes to the Espace Services with an attachment, an
 * agent replies, the parent is told by mail (without the text) and in the portal, and reads the reply. axe on
 * every page, phone width on the conversation.
 */
class MessagingJourneyBrowserTest {

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
    void parent_writes_with_attachment_agent_replies_parent_is_told_by_mail_and_in_the_portal() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        var config = new PortalConfig(Optional.empty(), dataDir, port, base, true);
        var db = TestDatabase.fresh();
        DemoData.seedIfEmpty(db, config, CLOCK);
        portal = Portal.start(config, db, new SmtpMailTransport(new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false)), port, CLOCK);
        browser.desktopWidth();
        Path certificate = dataDir.resolve("certificat-medical.pdf");
        Files.write(certificate, "%PDF-1.4\n% certificat\n".getBytes());

        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        open("/messagerie");
        Accessibility.assertNoViolations(browser.driver());
        open("/messagerie/nouveau");
        Accessibility.assertNoViolations(browser.driver());
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("service"))).selectByVisibleText("Espace Services");
        browser.driver().findElement(By.id("subject")).sendKeys("Absence de Léa");
        browser.driver().findElement(By.id("text")).sendKeys("Bonjour, voici le certificat médical de Léa.");
        browser.driver().findElement(By.id("file")).sendKeys(certificate.toString());
        submit();
        waitForText("Votre message est envoyé.");
        assertTrue(pageText().contains("certificat-medical.pdf"));
        Accessibility.assertNoViolations(browser.driver());
        String threadUrl = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        signOut();

        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        open("/agent/messagerie/groupe");
        Accessibility.assertNoViolations(browser.driver());
        open("/agent/messagerie");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.linkText("Absence de Léa")).click();
        waitForText("Répondre");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("text")).sendKeys("Bien reçu, l'absence de Léa est justifiée.");
        submit();
        waitForText("Votre message est envoyé.");
        signOut();

        // the family is told by mail, without the message's text
        var mail = MailWait.firstTo(greenMail, "marie.dupont@exemple.fr", "Nouveau message");
        String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains(threadUrl.replace(base, "")), text);
        assertFalse(text.contains("absence de Léa est justifiée"), text);

        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        assertTrue(Integer.parseInt(browser.driver().findElement(By.cssSelector(".notifications .badge")).getText().trim()) >= 1);
        open("/notifications");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.xpath("//button[contains(., \"Nouveau message de l'Espace Services\")]")).click();
        waitForText("Bien reçu, l'absence de Léa est justifiée.");
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        Accessibility.assertNoViolations(browser.driver());
        browser.screenshot("conversation-telephone");
    }

    private void signIn(String identifier, String password) {
        browser.signIn(java.net.URI.create(base + "/connexion"), identifier, password);
    }

    private void signOut() {
        browser.signOut();
    }

    private void open(String path) {
        browser.driver().get(base + path);
    }

    private void submit() {
        browser.driver().findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
    }

    private void waitForText(String text) {
        browser.waitForText(text);
    }

    private String pageText() {
        return browser.pageText();
    }
}
