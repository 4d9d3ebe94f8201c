package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo portal's public pages in a real browser: layout, keyboard, axe (WCAG 2.1 AA), phone width. */
class HomePageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;

    private static TestPortal portal;

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.start(dataDir);
        // one mail in the demo mailbox, with a long link as activation mails have
        new JooqMailOutbox(portal.db(), portal.clock()).enqueue(new OutgoingMail("parent@exemple.fr", "espace.services@beaulieu-sur-orge.example",
                "Création compte portail famille – Mairie de Beaulieu-sur-Orge",
                "Bonjour,\n\nActivez votre compte : http://localhost/activation?jeton=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4\n",
                "<p>Bonjour,</p>"));
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) portal.close();
    }

    @BeforeEach
    void desktop() {
        browser.desktopWidth();
    }

    private void open(String path) {
        browser.open(portal.uri(path));
    }

    @Test
    void homePageShowsTheTownsPortalInFrench() {
        open("/");
        var driver = browser.driver();
        String footer = driver.findElement(By.cssSelector("footer")).getText();
        assertAll(
                () -> assertEquals("Accueil – Portail Famille – Ville de Beaulieu-sur-Orge", driver.getTitle()),
                () -> assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang")),
                () -> assertEquals("PORTAIL FAMILLE – VILLE DE BEAULIEU-SUR-ORGE", driver.findElement(By.cssSelector(".brand")).getText()),
                () -> assertEquals("Accueil", driver.findElement(By.tagName("h1")).getText()),
                () -> assertTrue(footer.contains("Nous contacter"), footer),
                () -> assertTrue(footer.contains("espace.services@beaulieu-sur-orge.example"), footer),
                () -> assertTrue(footer.contains("01 64 00 00 00"), footer));
        browser.screenshot("accueil-bureau");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
        open("/");
        var driver = browser.driver();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement first = driver.switchTo().activeElement();
        assertEquals("Aller au contenu", first.getText());
        assertEquals("#contenu", first.getAttribute("href").replaceFirst("^.*(#.*)$", "$1"));
        assertTrue(first.getLocation().getX() >= 0 && first.isDisplayed(), "the focused skip link is on screen");
        browser.screenshot("accueil-lien-evitement");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals("contenu", driver.switchTo().activeElement().getAttribute("id"), "focus moved to <main>");
    }

    @Test
    void homePageFitsAPhone() {
        browser.phoneWidth();
        open("/");
        browser.assertNoHorizontalScroll();
        browser.screenshot("accueil-telephone");
        Accessibility.assertNoViolations(browser.driver());
    }

    @Test
    void helpPageIsAccessible() {
        open("/aide");
        assertEquals("Aide", browser.driver().findElement(By.tagName("h1")).getText());
        Accessibility.assertNoViolations(browser.driver());
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
    }

    /** The mailbox shows every mailed link: only the demo's admin reads it. */
    private void asDemoAdmin(Runnable test) {
        browser.signIn(portal.uri("/connexion"), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        try {
            test.run();
        } finally {
            browser.signOut();
        }
    }

    @Test
    void theTownSettingsPageIsAccessible() {
        asDemoAdmin(() -> {
            open("/admin/commune");
            assertEquals("Réglages de la commune", browser.driver().findElement(By.tagName("h1")).getText());
            Accessibility.assertNoViolations(browser.driver());
        });
    }

    @Test
    void demoMailboxIsAccessible() {
        asDemoAdmin(() -> {
            open("/dev/courriels");
            var driver = browser.driver();
            assertEquals("Boîte aux lettres de démonstration", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.cssSelector(".mailbox")).getText().contains("Création compte portail famille"));
            browser.screenshot("courriels-bureau");
            Accessibility.assertNoViolations(driver);
        });
    }

    /** WCAG 1.4.10 (reflow), which axe does not check: a long activation link must wrap, not widen the page. */
    @Test
    void demoMailboxFitsAPhone() {
        asDemoAdmin(() -> {
            browser.phoneWidth();
            open("/dev/courriels");
            browser.screenshot("courriels-telephone");
            browser.assertNoHorizontalScroll();
            Accessibility.assertNoViolations(browser.driver());
            browser.desktopWidth();
        });
    }

    @Test
    void screenshotsAreWritten() {
        open("/plan-du-site");
        Path shot = browser.screenshot("plan-du-site");
        assertTrue(Files.isRegularFile(shot) && shot.toFile().length() > 1000, shot.toString());
        Accessibility.assertNoViolations(browser.driver());
    }
}
