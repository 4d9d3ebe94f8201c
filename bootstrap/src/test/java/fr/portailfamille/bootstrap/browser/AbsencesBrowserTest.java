package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dupont family declares Léa's absence for illness with the certificate and turns its calendar address on; the
 * agent validates the absence, marks the register, prints it and enrols a child directly. axe on each page, at
 * desktop width and at 360 px where nothing may scroll sideways.
 */
class AbsencesBrowserTest {

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
    void an_absence_from_declaration_to_the_register_and_the_calendar_address() throws IOException {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
        var db = portal.db().dsl();
        long morning = portal.activity("Accueil du matin");
        long lea = db.select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchOne(CHILD.ID);
        var day = db.select(BOOKING.DAY).from(BOOKING).where(BOOKING.CHILD_ID.eq(lea), BOOKING.ACTIVITY_ID.eq(morning),
                BOOKING.STATUS.eq(BookingStatus.BOOKED)).orderBy(BOOKING.DAY.desc()).limit(1).fetchOne(BOOKING.DAY);
        Path certificate = dataDir.resolve("certificat.pdf");
        Files.writeString(certificate, "%PDF-1.4\n% certificat médical\n");

        browser.signIn(portal.uri("/connexion"), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.open(portal.uri("/planning"));
        browser.driver().findElement(By.linkText("Absences pour maladie")).click();
        browser.waitForText("Déclarer une absence");
        new Select(browser.driver().findElement(By.id("child"))).selectByValue(Long.toString(lea));
        browser.script("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("firstDay")), day.toString());
        browser.driver().findElement(By.id("file")).sendKeys(certificate.toString());
        browser.driver().findElement(By.xpath("//button[normalize-space()=\"Déclarer l'absence\"]")).click();
        browser.waitForText("est transmise à la mairie");
        assertTrue(browser.pageText().contains("certificat.pdf"), browser.pageText());
        checkPage("absences");

        browser.open(portal.uri("/planning/agenda"));
        browser.waitForText("État : désactivé");
        checkPage("agenda");
        browser.driver().findElement(By.xpath("//button[normalize-space()=\"Activer l'agenda en ligne\"]")).click();
        browser.waitForText("Votre adresse privée");
        assertTrue(browser.driver().findElement(By.id("adresse")).getAttribute("value").contains("/agenda/"));
        checkPage("agenda-active");
        browser.signOut();

        browser.signIn(portal.uri("/connexion"), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        browser.open(portal.uri("/agent/absences"));
        browser.waitForText("Absences à valider");
        checkPage("agent-absences");
        var validate = browser.driver().findElements(By.cssSelector("form[action$='/valider'] button"));
        validate.getLast().click();
        browser.waitForText("L'absence est validée");

        String register = "/agent/activites/" + morning + "/creneaux/" + day + "/appel";
        browser.open(portal.uri(register));
        browser.waitForText("Registre d'appel");
        assertTrue(browser.pageText().contains("Absence justifiée"), browser.pageText());
        checkPage("registre");
        browser.open(portal.uri(register + "/imprimer"));
        browser.waitForText("Signature de l'animateur");
        checkPage("registre-imprimable");

        long nguyen = db.select(HOUSEHOLD.ID).from(HOUSEHOLD).join(CHILD).on(CHILD.HOUSEHOLD_ID.eq(HOUSEHOLD.ID)).where(CHILD.FIRST_NAMES.eq("Minh"))
                .fetchOne(HOUSEHOLD.ID);
        browser.open(portal.uri("/agent/foyers/" + nguyen));
        browser.driver().findElement(By.linkText("Inscrire un enfant à une activité")).click();
        browser.waitForText("Inscrire un enfant");
        checkPage("agent-inscrire");
    }

    private void checkPage(String name) {
        browser.checkPage("absences-" + name, Browser.PHONE_WIDTH);
    }
}
