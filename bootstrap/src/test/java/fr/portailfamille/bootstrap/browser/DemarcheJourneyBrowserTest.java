package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.bootstrap.web.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent fills a démarche in, saves the draft, sends it; an agent rejects it with a reason; the parent sees the
 * reason. Another family gets 404 on it. axe on every page, phone width on the parent's view.
 */
class DemarcheJourneyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (portal != null) portal.close();
    }

    @Test
    void parent_drafts_and_sends_agent_rejects_with_a_reason_parent_sees_it() {
        browser.desktopWidth();
        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.open(portal.uri("/demarches"));
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.xpath("//form[.//strong[text()='Changement de situation']]//button")).click();
        waitForText("État : Brouillon");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("champ3")).sendKeys("Nous emménageons rue des Lilas.");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le brouillon']")).click();
        waitForText("Votre brouillon est enregistré.");
        String demarcheUrl = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Envoyer']")).click();
        waitForText("« Nature du changement » est obligatoire.");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.xpath("//label[text()='Déménagement']")).click();
        browser.driver().findElement(By.id("champ2")).sendKeys("01122026");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Envoyer']")).click();
        waitForText("Votre démarche est envoyée");
        signOut();

        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        browser.open(portal.uri("/agent/demarches"));
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.partialLinkText("Changement de situation")).click();
        waitForText("Motif du rejet");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("reason")).sendKeys("Joignez un justificatif de domicile à votre nouvelle adresse.");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Rejeter']")).click();
        waitForText("Décision enregistrée");
        signOut();

        var other = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        assertEquals(404, other.get(java.net.URI.create(demarcheUrl).getPath()).status());

        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.driver().get(demarcheUrl);
        waitForText("Rejetée");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertTrue(page.contains("motif : Joignez un justificatif de domicile"));
        assertTrue(page.contains("Rejetée, par la mairie") && page.contains("En attente de validation, par la famille"), page);
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        Accessibility.assertNoViolations(browser.driver());
        browser.screenshot("demarche-telephone");
    }

    private void signIn(String identifier, String password) {
        browser.signIn(portal.uri("/connexion"), identifier, password);
    }

    private void signOut() {
        browser.signOut();
    }

    private void waitForText(String text) {
        browser.waitForText(text);
    }
}
