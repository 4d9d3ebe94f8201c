package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Mon dossier» end to end in Chromium: the Nguyen family (incomplete in the demo data) completes Minh's dossier
 * field by field from the checklist, sends its justificatifs, an agent validates them, and Minh becomes bookable.
 * axe checks every dossier page, at desktop width and at 320 px (where nothing may scroll sideways).
 */
class DossierJourneyBrowserTest {

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
    void a_family_completes_its_dossier_an_agent_validates_the_justificatifs_the_child_becomes_bookable() throws Exception {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
        Path pdf = Files.writeString(dataDir.resolve("carnet-minh.pdf"), "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);

        signIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        open("/dossier");
        waitForText("Consulter mon dossier et mes démarches");
        assertTrue(pageText().contains("Avant toute réservation aux activités, complétez"));
        checkPage("dossier-incomplet");

        // vaccinations, from the checklist's link
        browser.driver().findElement(By.linkText("Vaccinations et injections (au moins le DTP)")).click();
        waitForText("Vaccination et injection");
        checkPage("fiche-sanitaire");
        setDate("vaccine_DTP", "2099-01-01");
        submit("main form.stacked");
        waitForText("ne peut pas être dans le futur");
        checkPage("fiche-sanitaire-erreur");
        setDate("vaccine_DTP", "2020-02-05");
        submit("main form.stacked");
        waitForText("La fiche sanitaire a été enregistrée.");

        // an emergency contact
        browser.driver().findElement(By.linkText("Une personne à contacter en cas d'urgence")).click();
        waitForText("Ajouter une personne");
        checkPage("autorisations");
        type("name", "Hoa Tran");
        type("relationship", "Tante");
        type("phone", "06 55 44 33 22");
        browser.driver().findElement(By.id("emergency")).click();
        browser.driver().findElement(By.id("mayCollect")).click();
        submit("main form.stacked");
        waitForText("La personne a été ajoutée.");
        checkPage("autorisations-ajoutee");
        // corrected in place, from its «Modifier»
        browser.driver().findElement(By.xpath("//main//a[starts-with(normalize-space(.), 'Modifier') and contains(., 'Hoa Tran')]")).click();
        waitForText("Modifier une personne autorisée");
        checkPage("autorisation-modifier");
        type("phone", "07 55 44 33 22");
        submit("main form.stacked");
        waitForText("La personne a été modifiée.");
        open("/dossier");
        waitForText("07 55 44 33 22");
        checkPage("dossier-blocs");

        // image rights
        open("/dossier");
        browser.driver().findElement(By.partialLinkText("Consentement : J'autorise la ville")).click();
        waitForText("Vos réponses sont datées");
        checkPage("consentements");
        browser.driver().findElement(By.id("question-droit-image-non")).click();
        submit("main form.stacked");
        waitForText("Les réponses aux consentements ont été enregistrées.");

        // the justificatifs still missing
        for (String type : new String[] {"Carnet de vaccination", "Pièce d'identité", "Livret de famille"}) {
            open("/dossier");
            browser.driver().findElement(By.partialLinkText("Justificatif validé : " + type)).click();
            waitForText("Transmettre un justificatif");
            new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText(type);
            browser.driver().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
            submit("main form.stacked");
            waitForText("est en attente de validation");
        }
        checkPage("documents");
        open("/dossier/coordonnees");
        waitForText("Responsable légal 1");
        checkPage("coordonnees");
        open("/dossier");
        browser.driver().findElement(By.xpath("//main//a[contains(., \"l'identité et la scolarité\")]")).click();
        waitForText("Modifier les informations de l'enfant");
        checkPage("enfant");
        open("/dossier");
        waitForText("Justificatif validé : Carnet de vaccination");
        signOut();

        // the agent validates every pending justificatif
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        open("/agent/foyers");
        checkPage("agent-foyers");
        type("q", "Minh");
        submit("main form.stacked");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.linkText("Famille NGUYEN"))).click();
        waitForText("Historique des modifications");
        checkPage("agent-dossier");
        open("/agent/justificatifs");
        waitForText("Justificatifs à valider");
        checkPage("agent-justificatifs");
        while (!browser.driver().findElements(By.xpath("//button[starts-with(normalize-space(), 'Valider')]")).isEmpty()) {
            browser.driver().findElement(By.xpath("//button[starts-with(normalize-space(), 'Valider')]")).click();
            waitForText("Le justificatif a été validé.");
        }
        assertTrue(pageText().contains("Aucun justificatif n'attend de validation."));
        signOut();

        // Minh is bookable
        signIn("lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        open("/dossier");
        waitForText("Dossier complet : Minh peut être inscrit(e) aux activités.");
        assertFalse(pageText().contains("Avant toute réservation"));
        checkPage("dossier-complet");
        open("/dossier/documents");
        waitForText("Validé");
        checkPage("documents-valides");
        signOut();

        // the administrator's consent questions
        signIn("claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        open("/admin/consentements");
        waitForText("Ajouter ou reformuler une question");
        checkPage("admin-consentements");
    }

    /** axe at desktop width, then at 320 px: no violation, no sideways scrolling. */
    private void checkPage(String name) {
        browser.checkPage("dossier-" + name, Browser.NARROW_PHONE_WIDTH);
    }

    private void signIn(String identifier, String password) {
        browser.signIn(portal.uri("/connexion"), identifier, password);
    }

    private void signOut() {
        browser.signOut();
    }

    private void open(String path) {
        browser.open(portal.uri(path));
    }

    private void type(String id, String value) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs are typed in the browser's locale format; setting the value is what a date picker does. */
    private void setDate(String id, String isoDate) {
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id(id)), isoDate);
    }

    private void submit(String formSelector) {
        browser.driver().findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    private void waitForText(String text) {
        browser.waitForText(text);
    }

    private String pageText() {
        return browser.pageText();
    }
}
