package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.bootstrap.web.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy pages end to end in Chromium (issue «Privacy», «Done when»): an agent opens a child's health sheet and
 * the parent sees that consultation in «Mes données personnelles», next to the archive's link; the parent withdraws a
 * consent; an agent marks a household as gone and sees «Données à purger»; an admin opens the register to print it;
 * the public notices; the parent downloads the archive through the browser; a household marked as gone is anonymised
 * on its date a year later and its invoice remains. axe finds no violation on any of these pages, at desktop width and at 320 px.
 */
class PrivacyJourneyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** The portal's time, moved by hand a year on for the retention job; running meanwhile, as sessions need. */
    final MutableClock CLOCK = MutableClock.ticking(Instant.parse("2026-12-05T09:00:00Z"));

    @TempDir
    Path dataDir;

    private TestPortal portal;

    @AfterEach
    void stop() {
        if (portal != null) portal.close();
    }

    @Test
    void a_health_sheet_read_by_an_agent_shows_to_the_family_and_every_privacy_page_passes_axe() throws Exception {
        portal = TestPortal.start(dataDir, CLOCK);
        browser.desktopWidth();
        var lea = portal.db().dsl().select(CHILD.ID, CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchSingle();
        long household = lea.value2();

        // the public notices, signed out
        for (var page : new String[][] {{"/donnees-personnelles", "Délégué à la protection des données"}, {"/mentions-legales", "Directeur de la publication"},
                {"/accessibilite", "Défenseur des droits"}}) {
            open(page[0]);
            browser.waitForText(page[1]);
            checkPage(page[0].substring(1));
        }

        // an agent opens and prints Léa's health sheet, then marks the Nguyens as gone
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        open("/agent/foyers/" + household + "/enfants/" + lea.value1() + "/fiche-sanitaire");
        browser.waitForText("Version imprimable");
        browser.driver().findElement(By.linkText("Version imprimable de la fiche sanitaire")).click();
        browser.waitForText("Personnes à prévenir et autorisées");
        checkPage("fiche-sanitaire-imprimable");
        open("/agent/foyers/" + household + "/journal");
        browser.waitForText("Départ de la commune");
        checkPage("journal-du-foyer");
        var leftOn = browser.driver().findElement(By.id("leftOn"));
        leftOn.sendKeys("31/08/2026");
        browser.driver().findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        browser.waitForText("Le départ du foyer est enregistré");
        checkPage("journal-depart");
        open("/agent/donnees-a-purger");
        browser.waitForText("Foyers partis");
        assertTrue(browser.pageText().contains("Famille DUPONT"), browser.pageText());
        checkPage("donnees-a-purger");
        browser.driver().findElement(By.linkText("Famille DUPONT")).click();
        browser.waitForText("Annuler le départ");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Annuler le départ']")).click();
        browser.waitForText("Le départ du foyer est annulé");
        browser.signOut();

        // the family sees who read the sheet, and the archive to download
        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.waitForText("Mes données personnelles");
        checkPage("tableau-de-bord");
        browser.driver().findElement(By.linkText("Ce que la mairie conserve, pourquoi et combien de temps")).click();
        browser.waitForText("Consultations de la fiche sanitaire");
        assertTrue(browser.pageText().contains("Fiche imprimée") && browser.pageText().contains("Paul ROUSSEL"), browser.pageText());
        checkPage("mes-donnees");
        // the archive as the browser saves it: Léa's health sheet and a document the family sent, nothing of the Nguyens
        var archive = WebClient.unzip(Files.readAllBytes(browser.download(By.linkText("Télécharger mes données (ZIP)"))));
        String json = new String(archive.get("donnees.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"doctorName\":\"Dr Claire Lefèvre\""), "Léa's health sheet");
        assertTrue(archive.keySet().stream().anyMatch(name -> name.startsWith("fichiers/justificatifs/") && name.endsWith("-livret-famille.pdf")),
                archive.keySet().toString());
        assertTrue(archive.keySet().stream().anyMatch(name -> name.startsWith("fichiers/factures/")), "the invoices' PDFs");
        for (var other : new String[] {"Minh", "NGUYEN", "Nguyen", "quittance-loyer", "Dr Paul Martin"}) {
            assertTrue(archive.entrySet().stream().noneMatch(e -> e.getKey().contains(other) || new String(e.getValue(), StandardCharsets.UTF_8).contains(other)),
                    "nothing of another family: " + other);
        }

        // a consent withdrawn as it was given, kept in the history
        open("/dossier/enfants/" + lea.value1() + "/consentements");
        browser.waitForText("Historique des réponses");
        browser.driver().findElements(By.cssSelector("input[type=radio][value=non]")).forEach(radio -> radio.click());
        browser.driver().findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        // «Mon dossier» is already in the consent page's breadcrumb: wait for the answer to the POST itself, or the next
        // page opened may be overtaken by the POST's redirect (seen under load)
        browser.waitForText("Les réponses aux consentements ont été enregistrées.");
        open("/dossier/enfants/" + lea.value1() + "/consentements");
        browser.waitForText("Non (refusé ou retiré)");
        checkPage("consentements-historique");
        browser.signOut();

        // the admin's register, to print, and every consultation
        signIn("claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        open("/admin/registre-des-traitements");
        browser.waitForText("Mesures de sécurité");
        checkPage("registre-des-traitements");
        assertTrue((Boolean) browser.script("return [...document.styleSheets].some(s => [...s.cssRules].some(r => r.media && r.media.mediaText === 'print'));"),
                "a print style hides the menus");
        open("/admin/fiches-sanitaires/consultations");
        browser.waitForText("Fiche imprimée");
        checkPage("consultations-fiches-sanitaires");
        browser.signOut();

        // the Nguyens pay their invoice at the desk and leave on 30 November; a year after, the job anonymises them on
        // the day «Données à purger» said, and their invoice remains
        long nguyen = portal.db().dsl().select(CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Minh")).fetchSingle().value1();
        String invoice = portal.db().dsl().select(INVOICE.NUMBER).from(INVOICE).where(INVOICE.HOUSEHOLD_ID.eq(nguyen)).fetchSingle().value1();
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        open("/agent/factures/" + invoice);
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le paiement']")).click();
        browser.waitForText("Paiement en caisse enregistré");
        open("/agent/foyers/" + nguyen + "/journal");
        browser.waitForText("Départ de la commune");
        browser.driver().findElement(By.id("leftOn")).sendKeys("30/11/2026");
        browser.driver().findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        browser.waitForText("Le départ du foyer est enregistré");
        open("/agent/donnees-a-purger");
        browser.waitForText("anonymisé le 05/12/2027");
        browser.signOut();

        CLOCK.advance(Duration.between(CLOCK.instant(), Instant.parse("2027-12-04T22:30:00Z"))); // 23 h 30 in Paris, the day before
        assertTrue(portal.runRetentionJob().households().isEmpty(), "not the day before");
        CLOCK.advance(Duration.ofHours(2));
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        open("/agent/donnees-a-purger");
        browser.waitForText("Foyers partis à anonymiser (1)");
        assertTrue(browser.pageText().contains("Famille NGUYEN") && browser.pageText().contains("ses factures restent"), browser.pageText());
        checkPage("donnees-a-purger-le-jour-venu");
        assertEquals(1, portal.runRetentionJob().households().size());
        open("/agent/foyers/" + nguyen);
        browser.waitForText("Foyer anonymisé n° " + nguyen);
        assertTrue(!browser.pageText().contains("Minh") && !browser.pageText().contains("lan.nguyen@exemple.fr"), browser.pageText());
        open("/agent/factures/" + invoice);
        browser.waitForText("Payée en caisse");
        assertTrue(browser.pageText().contains(invoice), "its invoice remains for the public accountant");
        assertEquals(1, portal.db().dsl().fetchCount(INVOICE, INVOICE.HOUSEHOLD_ID.eq(nguyen)));
        assertEquals(0, portal.db().dsl().fetchCount(CHILD, CHILD.HOUSEHOLD_ID.eq(nguyen).and(CHILD.FIRST_NAMES.eq("Minh"))));
        checkPage("facture-foyer-anonymise");
    }

    private void checkPage(String name) {
        browser.checkPage("rgpd-" + name, Browser.NARROW_PHONE_WIDTH);
    }

    private void signIn(String identifier, String password) {
        browser.signIn(portal.uri("/connexion"), identifier, password);
    }

    private void open(String path) {
        browser.open(portal.uri(path));
    }
}
