package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The school-year rollover end to end in Chromium, the portal on a fixed clock (the browser at the real date). On
 * 26 April 2027 — before 1 May, from which the demo seeds the next year by itself — an agent prepares 2027-2028 from
 * the demo's 2026-2027, imports its holidays from the ministry's file and opens enrolments on 1 June; Marie Dupont
 * reads from when. On 1 June 2027 she asks for Hugo's morning care of 2027-2028, the agent accepts, and she books the
 * first week of September 2027 while it is still June. axe checks each page.
 */
class SchoolYearRolloverBrowserTest {

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
    void staff_prepare_2027_2028_in_april_and_a_family_books_the_first_week_of_september_in_june() throws IOException {
        var clock = new MutableClock(Instant.parse("2027-04-26T08:00:00Z"));
        portal = TestPortal.start(dataDir, clock);
        browser.desktopWidth();

        // the agent: copy, holidays, opening
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        browser.open(portal.uri("/agent/calendrier-scolaire"));
        browser.driver().findElement(By.linkText("Préparer l'année scolaire 2027-2028")).click();
        browser.waitForText("1. Copier l'année 2026-2027");
        browser.checkPage("annee-scolaire", Browser.PHONE_WIDTH);
        browser.submit("form[action^='/agent/annee-scolaire/preparer']");
        browser.waitForText("est préparée");
        assertTrue(browser.pageText().contains("mêmes tranches et mêmes prix"), browser.pageText());
        browser.checkPage("annee-scolaire-preparee", Browser.PHONE_WIDTH);

        Path file = dataDir.resolve("fr-en-calendrier-scolaire.csv");
        try (InputStream in = getClass().getResourceAsStream("/calendrier-scolaire-2027-2028.csv")) {
            Files.write(file, in.readAllBytes());
        }
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit("form[action^='/agent/annee-scolaire/vacances']");
        browser.waitForText("6 périodes de vacances importées");
        assertTrue(browser.pageText().contains("Vacances de la Toussaint : du 23/10/2027 au 07/11/2027"), browser.pageText());

        browser.setDate("opensOn", "2027-06-01");
        browser.submit("form[action^='/agent/annee-scolaire/inscriptions']");
        browser.waitForText("La date d'ouverture des inscriptions est enregistrée.");
        browser.checkPage("annee-scolaire-ouverte", Browser.PHONE_WIDTH);
        browser.signOut();

        // in April, the family reads from when
        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.open(portal.uri("/inscriptions"));
        browser.driver().findElement(By.linkText("Inscriptions pour l'année scolaire 2027-2028")).click();
        browser.waitForText("Les inscriptions pour l'année scolaire 2027-2028 ouvrent le mardi 1er juin 2027");
        browser.checkPage("inscriptions-pas-encore", Browser.PHONE_WIDTH);

        // 1 June 2027: the family asks for 2027-2028
        browser.signOut();
        clock.advance(java.time.Duration.between(clock.instant(), Instant.parse("2027-06-01T08:00:00Z")));
        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.open(portal.uri("/inscriptions?annee=2027-2028"));
        browser.waitForText("Année scolaire 2027-2028.");
        long hugo = portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Hugo")).fetchOne(CHILD.ID);
        long nextMorning = portal.db().dsl().select(ACTIVITY.ID).from(ACTIVITY)
                .where(ACTIVITY.NAME.eq("Accueil du matin"), ACTIVITY.START_YEAR.eq(2027)).fetchOne(ACTIVITY.ID);
        assertEquals(1, portal.db().dsl().fetchCount(ACTIVITY, ACTIVITY.NAME.eq("Accueil du matin"), ACTIVITY.START_YEAR.eq(2027)), "copied once");
        new Select(browser.driver().findElement(By.id("child"))).selectByValue(Long.toString(hugo));
        new Select(browser.driver().findElement(By.id("activity"))).selectByValue(Long.toString(nextMorning));
        browser.submit("form[action='/inscriptions']");
        browser.waitForText("en attente de validation");
        browser.checkPage("inscriptions-2027-2028", Browser.PHONE_WIDTH);
        browser.signOut();

        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        browser.open(portal.uri("/agent/inscriptions"));
        browser.driver().findElement(By.cssSelector("form[action$='/accepter'] button[type=submit]")).click();
        browser.waitForText("L'inscription est acceptée");
        browser.signOut();

        // the first week of September 2027, booked on 1 June 2027
        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.open(portal.uri("/planning?vue=semaine&date=2027-09-01"));
        browser.waitForText("Mon planning");
        String key = hugo + "-" + nextMorning + "-2027-09-02";
        browser.driver().findElement(By.cssSelector("label[for='c-" + key + "']")).click();
        browser.driver().findElement(By.cssSelector("label[for='c-" + hugo + "-" + nextMorning + "-2027-09-03']")).click();
        browser.checkPage("planning-rentree-2027", Browser.PHONE_WIDTH);
        browser.submit("form.planning");
        browser.waitForText("Réponse à vos demandes");
        assertTrue(browser.pageText().contains("Réservé."), browser.pageText());
        assertEquals(2, portal.db().dsl().fetchCount(BOOKING, BOOKING.CHILD_ID.eq(hugo), BOOKING.ACTIVITY_ID.eq(nextMorning)));
        browser.checkPage("reponse-rentree-2027", Browser.PHONE_WIDTH);
    }

    private void signIn(String identifier, String password) {
        browser.signIn(portal.uri("/connexion"), identifier, password);
    }
}
