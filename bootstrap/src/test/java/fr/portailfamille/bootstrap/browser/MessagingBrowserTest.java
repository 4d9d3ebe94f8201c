package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
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

/** The dashboard, the notification centre and «Actualités» pages in Chromium: axe (WCAG 2.1 AA) and phone width. */
class MessagingBrowserTest {

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
    void notifications_and_news_pages_are_accessible_on_desktop_and_phone() {
        browser.desktopWidth();
        browser.signIn(portal.uri("/connexion"), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.waitForText("Tableau de bord");
        Accessibility.assertNoViolations(browser.driver());
        String dashboard = browser.driver().findElement(By.tagName("main")).getText();
        for (String block : new String[]{"Mon foyer", "Factures", portal.demoInvoice(1), "Réservations de la semaine", "Inscriptions périscolaires", "Démarches en cours", "Mes démarches", "Messages et notifications", "Accès rapides", "Médias et actualités"}) {
            org.junit.jupiter.api.Assertions.assertTrue(dashboard.contains(block), block + " missing from the dashboard: " + dashboard);
        }
        browser.screenshot("tableau-de-bord");
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        Accessibility.assertNoViolations(browser.driver());
        browser.screenshot("tableau-de-bord-telephone");
        browser.desktopWidth();
        for (String path : new String[]{"/notifications", "/actualites"}) {
            browser.open(portal.uri(path));
            Accessibility.assertNoViolations(browser.driver());
        }
        browser.driver().findElement(By.cssSelector(".news-list a")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/actualites/"));
        Accessibility.assertNoViolations(browser.driver());
        browser.phoneWidth();
        browser.assertNoHorizontalScroll();
        browser.screenshot("actualite-telephone");
        browser.open(portal.uri("/notifications"));
        browser.assertNoHorizontalScroll();
        browser.screenshot("notifications-telephone");
    }
}
