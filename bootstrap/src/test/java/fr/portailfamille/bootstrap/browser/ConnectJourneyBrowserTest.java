package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static fr.portailfamille.persistence.schema.Tables.FAMILY_QUOTIENT;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue «Connect», «Done when», in Chromium with the demo's simulators: a parent links FranceConnect (password typed
 * again), signs out of the portal and of FranceConnect, signs in with FranceConnect alone; then agrees to the quotient
 * lookup, the quotient arrives from the CAF, and the next invoice prices the lunches at its bracket. axe finds no
 * violation on the portal's pages, at desktop width and at 320 px.
 */
class ConnectJourneyBrowserTest {

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
    void a_parent_links_franceconnect_signs_in_with_it_and_gets_the_quotient_that_prices_the_next_invoice() {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();

        open("/connexion");
        browser.waitForText("Qu'est-ce que FranceConnect ?");
        checkPage("connexion");

        // linking: signed in with the password, which is typed again
        browser.signIn(portal.uri("/connexion"), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        open("/mon-compte");
        browser.driver().findElement(By.linkText("Lier mon compte à FranceConnect, ou le délier")).click();
        browser.waitForText("Votre compte n'est pas lié à FranceConnect");
        checkPage("mon-compte-franceconnect");
        browser.driver().findElement(By.id("password")).sendKeys("Demo-Famille-Dupont-2026");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Lier mon compte à FranceConnect']")).click();
        choose("Marie Dupont");
        browser.waitForText("Votre compte est maintenant lié à FranceConnect");
        checkPage("franceconnect-lie");

        // signing out ends FranceConnect's session too, then FranceConnect alone signs the parent in
        browser.signOut();
        browser.waitForText("Vous êtes déconnecté du portail et de FranceConnect.");
        checkPage("deconnexion-franceconnect");
        open("/connexion");
        browser.driver().findElement(By.cssSelector("button.franceconnect-button")).click();
        choose("Marie Dupont");
        browser.waitForText("Bonjour");

        // the quotient from the CAF, with the family's agreement
        open("/dossier");
        browser.driver().findElement(By.linkText("Mon quotient familial (tarifs)")).click();
        browser.waitForText("Demander mon quotient à la CAF ou à la MSA");
        checkPage("mon-quotient");
        browser.driver().findElement(By.id("birthName")).sendKeys("Dupont");
        browser.driver().findElement(By.id("firstNames")).sendKeys("Marie");
        browser.driver().findElement(By.id("sex-f")).click();
        browser.setDate("birthDate", "1988-03-14");
        browser.driver().findElement(By.id("birthTownInsee")).sendKeys("91064");
        browser.driver().findElement(By.id("consent")).click();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Demander le quotient familial']")).click();
        browser.waitForText("est enregistré : il fixe le tarif de vos prochaines factures");
        assertTrue(browser.pageText().contains("640"), browser.pageText());
        checkPage("quotient-recu");

        // the next run prices the Duponts' lunches at the bracket of 640 € (2,60 €), not of the 850 € entered before (3,90 €)
        var db = portal.db();
        long household = db.dsl().select(FAMILY_QUOTIENT.HOUSEHOLD_ID).from(FAMILY_QUOTIENT).where(FAMILY_QUOTIENT.EUROS.eq(640)).fetchSingle().value1();
        var month = portal.invoiceFirstLunchMonth();
        String number = db.dsl().select(INVOICE.NUMBER).from(INVOICE).where(INVOICE.HOUSEHOLD_ID.eq(household), INVOICE.MONTH.eq(month.atDay(1)))
                .fetchSingle().value1();
        open("/facturation/factures/" + number);
        browser.waitForText("Restauration scolaire");
        assertTrue(browser.pageText().contains("2,60"), browser.pageText());
        assertTrue(!browser.pageText().contains("3,90"), browser.pageText());
        checkPage("facture-tranche-du-quotient");
    }

    /** On the simulator's page, the identity's button. */
    private void choose(String name) {
        browser.waitForText("Simulateur FranceConnect");
        Accessibility.assertNoViolations(browser.driver());
        browser.driver().findElement(By.xpath("//button[normalize-space()='Continuer en tant que " + name + "']")).click();
    }

    private void checkPage(String name) {
        browser.checkPage("connect-" + name, Browser.NARROW_PHONE_WIDTH);
    }

    private void open(String path) {
        browser.open(portal.uri(path));
    }
}
