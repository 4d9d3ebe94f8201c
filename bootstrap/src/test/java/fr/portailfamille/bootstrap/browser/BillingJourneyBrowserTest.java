package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Consulter et payer mes factures» in Chromium: the Dupont family opens FACTURATION, chooses its October invoice,
 * checks the summary, pays on the PayFiP simulator («Payer»), comes back to «Paiement accepté» and finds the invoice
 * «Payée», with the confirmation mail in the outbox; an agent reviews the run. axe checks each portal page, at desktop
 * width and at 320 px.
 */
class BillingJourneyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path dataDir;

    private TestPortal portal;

    @AfterEach
    void stop() {
        if (portal != null) portal.close();
    }

    @Test
    void a_family_pays_its_invoice_in_three_steps_on_the_simulator() {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");

        browser.driver().findElement(By.linkText("FACTURATION")).click();
        waitForText("Régie Périscolaire");
        assertTrue(pageText().contains("1 facture à payer"), pageText());
        checkPage("facturation");
        browser.driver().findElement(By.partialLinkText("Facture " + portal.demoInvoice(1))).click();
        waitForText("Détail de la facture " + portal.demoInvoice(1));
        assertTrue(pageText().contains("Télécharger (PDF"));
        checkPage("facture");

        browser.driver().findElement(By.linkText("Payer en ligne")).click();
        waitForText("Étape 1 Mes factures");
        checkPage("etape-1");
        // the steps say where the parent is; nothing about them looks like a button to press
        for (var step : browser.driver().findElements(By.cssSelector(".steps li"))) {
            assertEquals("0px", step.getCssValue("border-top-width"), "a step is no box");
            assertEquals("rgba(0, 0, 0, 0)", step.getCssValue("background-color"));
            assertFalse("pointer".equals(step.getCssValue("cursor")));
        }
        browser.driver().findElement(By.xpath("//button[normalize-space()='Étape suivante']")).click();
        waitForText("Montant total à payer");
        assertTrue(pageText().contains("79,60"), pageText());
        checkPage("etape-2");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Étape suivante']")).click();

        waitForText("Simulateur PayFiP");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Payer']")).click();
        waitForText("Paiement accepté");
        assertTrue(pageText().contains("vos factures sont payées"));
        checkPage("paiement-accepte");
        browser.driver().findElement(By.linkText("Facture " + portal.demoInvoice(1))).click();
        waitForText("Payée");
        assertEquals(1, portal.db().dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SUBJECT.startsWith("Paiement confirmé")
                .and(MAIL_OUTBOX.RECIPIENT.eq("marie.dupont@exemple.fr"))));
        signOut();

        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        browser.driver().findElement(By.linkText("RÉGIES")).click();
        waitForText("Nouvelle régie");
        checkPage("agent-regies");
        browser.driver().findElement(By.linkText("Régie Périscolaire")).click();
        waitForText("Facturations mensuelles");
        checkPage("agent-regie");
        browser.driver().findElement(By.partialLinkText(portal.demoInvoiceMonth().format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")))).click();
        waitForText("2 factures émises");
        checkPage("agent-facturation");
        browser.driver().findElement(By.linkText(portal.demoInvoice(2))).click();
        waitForText("Enregistrer un paiement reçu en caisse");
        checkPage("agent-facture");
        browser.driver().findElement(By.linkText("RÉGIES")).click();
        waitForText("Nouvelle régie");
        browser.driver().findElement(By.linkText("Rapprochement des paiements en ligne")).click();
        waitForText("1 paiement vérifié, 0 écart");
        checkPage("agent-rapprochement");
    }

    private void checkPage(String name) {
        browser.checkPage("facturation-" + name, Browser.NARROW_PHONE_WIDTH);
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

    private String pageText() {
        return browser.pageText();
    }
}
