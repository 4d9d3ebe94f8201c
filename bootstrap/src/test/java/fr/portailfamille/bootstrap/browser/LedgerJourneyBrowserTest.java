package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.bootstrap.web.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BILLED_DAY;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger in Chromium on Saturday 5 December 2026: an agent invoices December before it ends (told what happens to
 * later bookings, then asked to confirm), Marie Dupont books one more December lunch for Hugo, the agent's
 * complementary run bills that day only; Marie pays both December invoices on the PayFiP simulator, then moves: the
 * first December invoice's PDF is the same bytes as before. axe checks each new page, at desktop width and at 320 px.
 */
class LedgerJourneyBrowserTest {

    static final String AGENT = "paul.roussel@beaulieu-sur-orge.example";
    static final String AGENT_PASSWORD = "Demo-Agent-Beaulieu-2026";
    static final String DUPONT = "marie.dupont@exemple.fr";
    static final String DUPONT_PASSWORD = "Demo-Famille-Dupont-2026";
    static final LocalDate EXTRA_LUNCH = LocalDate.of(2026, 12, 15);

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
    void december_invoiced_before_it_ends_a_complementary_run_for_the_day_booked_since_both_paid_the_first_pdf_unchanged_after_a_move() {
        portal = TestPortal.start(dataDir, MutableClock.ticking(Instant.parse("2026-12-05T09:00:00Z")));
        browser.desktopWidth();
        long dupont = portal.db().dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.NAME.contains("DUPONT")).fetchSingle().value1();

        signIn(AGENT, AGENT_PASSWORD);
        String first = invoiceDecember("Le mois de décembre 2026 n'est pas terminé");
        signOut();

        signIn(DUPONT, DUPONT_PASSWORD);
        long hugo = portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Hugo")).fetchSingle().value1();
        long canteen = portal.db().dsl().select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.PRICE_CATEGORY.eq("REPAS")).fetchSingle().value1();
        open("/planning?date=2026-12-01&enfant=" + hugo + "&activite=" + canteen);
        waitForText("Mon planning");
        String key = hugo + "-" + canteen + "-" + EXTRA_LUNCH;
        browser.driver().findElement(By.cssSelector("label[for='c-" + key + "']")).click();
        browser.driver().findElement(By.cssSelector("form.planning button[type=submit]")).click();
        waitForText("Réponse à vos demandes");
        assertTrue(pageText().contains("Réservé."), pageText());
        signOut();

        int billedBefore = portal.db().dsl().fetchCount(BILLED_DAY);
        signIn(AGENT, AGENT_PASSWORD);
        String second = invoiceDecember("Facturation complémentaire");
        signOut();
        assertEquals(billedBefore + 1, portal.db().dsl().fetchCount(BILLED_DAY), "the complementary run bills the day booked since, only it");
        var lines = portal.db().dsl().select(INVOICE_LINE.PRESTATION, INVOICE_LINE.QUANTITY).from(INVOICE_LINE).join(INVOICE)
                .on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID)).where(INVOICE.NUMBER.eq(second)).fetch();
        assertEquals(1, lines.size());
        assertEquals("Restauration scolaire – du 15/12 au 15/12 – Repas", lines.getFirst().value1());
        assertEquals(1, lines.getFirst().value2());

        signIn(DUPONT, DUPONT_PASSWORD);
        open("/facturation/regies/" + portal.periOffice() + "/payer");
        waitForText("Étape 1 Mes factures");
        assertTrue(pageText().contains(first) && pageText().contains(second), pageText());
        browser.driver().findElement(By.xpath("//button[normalize-space()='Étape suivante']")).click();
        waitForText("Montant total à payer");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Étape suivante']")).click();
        waitForText("Simulateur PayFiP");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Payer']")).click();
        waitForText("Paiement accepté");
        for (String number : List.of(first, second)) {
            assertEquals("PAID", portal.db().dsl().select(INVOICE.STATUS).from(INVOICE).where(INVOICE.NUMBER.eq(number)).fetchSingle().value1());
        }

        var download = WebClient.signedIn(portal.portal().port(), DUPONT, DUPONT_PASSWORD);
        byte[] before = download.download("/facturation/factures/" + first + "/pdf").body();
        open("/dossier/coordonnees");
        waitForText("Adresse postale");
        var address = browser.driver().findElement(By.id("postalAddress"));
        address.clear();
        address.sendKeys("12 avenue du Nouveau Départ, 91999 Beaulieu-sur-Orge");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer les coordonnées']")).click();
        waitForText("Mon dossier");
        assertEquals("12 avenue du Nouveau Départ, 91999 Beaulieu-sur-Orge", portal.db().dsl().select(HOUSEHOLD.POSTAL_ADDRESS).from(HOUSEHOLD)
                .where(HOUSEHOLD.ID.eq(dupont)).fetchSingle().value1());
        assertArrayEquals(before, download.download("/facturation/factures/" + first + "/pdf").body(), "the issued invoice is the same document");
    }

    /** RÉGIES → Régie Périscolaire → December → compute → confirm: the number of the Duponts' new invoice. */
    private String invoiceDecember(String expectedOnRun) {
        browser.driver().findElement(By.linkText("RÉGIES")).click();
        waitForText("Nouvelle régie");
        browser.driver().findElement(By.linkText("Régie Périscolaire")).click();
        waitForText("Facturations mensuelles");
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("month")), YearMonth.of(2026, 12).toString());
        browser.driver().findElement(By.xpath("//button[normalize-space()='Préparer la facturation']")).click();
        waitForText(expectedOnRun);
        browser.driver().findElement(By.xpath("//button[normalize-space()='Calculer les brouillons']")).click();
        waitForText("Brouillons :");
        checkPage(expectedOnRun.startsWith("Facturation") ? "complementaire" : "avant-fin-de-mois");
        browser.driver().findElement(By.linkText("Finaliser et envoyer les factures")).click();
        waitForText("Confirmer : émettre");
        checkPage("confirmation");
        browser.driver().findElement(By.xpath("//button[starts-with(normalize-space(), 'Confirmer : émettre')]")).click();
        waitForText("émise");
        long dupont = portal.db().dsl().select(HOUSEHOLD.ID).from(HOUSEHOLD).where(HOUSEHOLD.NAME.contains("DUPONT")).fetchSingle().value1();
        return portal.db().dsl().select(INVOICE.NUMBER).from(INVOICE)
                .where(INVOICE.HOUSEHOLD_ID.eq(dupont), INVOICE.MONTH.eq(LocalDate.of(2026, 12, 1))).orderBy(INVOICE.ID.desc()).limit(1).fetchSingle().value1();
    }

    private void checkPage(String name) {
        browser.checkPage("ledger-" + name, Browser.NARROW_PHONE_WIDTH);
    }

    private void open(String path) {
        browser.open(portal.uri(path));
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
