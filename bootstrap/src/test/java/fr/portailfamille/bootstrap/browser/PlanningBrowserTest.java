package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.domain.bookings.RefusalReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PLANNING end to end in Chromium on the demo town: the Dupont family books and cancels on the month with
 * «Soumettre», sees why a day closed meanwhile is refused, books a typical week from «Modifier» → «Modification
 * avancée», and books from the phone's day view at 360 px; agents open their bookings pages. axe checks each page,
 * at desktop width and at 360 px where nothing may scroll sideways.
 */
class PlanningBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path dataDir;

    private TestPortal portal;

    @AfterEach
    void stop() {
        if (portal != null) portal.close();
    }

    long child(String firstNames) {
        return portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq(firstNames)).fetchOne(CHILD.ID);
    }

    long activity(String name) {
        return portal.activity(name);
    }

    @Test
    void a_family_books_and_cancels_on_the_month_books_a_typical_week_and_a_day_on_the_phone() {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
        long hugo = child("Hugo");
        long morning = activity("Accueil du matin");
        long evening = activity("Accueil du soir");
        String nextMonth = portal.classesFrom().plusMonths(1).withDayOfMonth(1).toString();

        signIn("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        open("/planning?date=" + nextMonth);
        waitForText("Mon planning");
        assertTrue(pageText().contains("Hugo – Accueil du matin"));
        assertTrue(pageText().contains("réservable"));
        checkPage("mois");

        // book a morning for Hugo with «Soumettre»
        var box = browser.driver().findElement(By.cssSelector("input[name=reserver][value^='" + hugo + "-" + morning + "-']"));
        String key = box.getAttribute("value");
        browser.driver().findElement(By.cssSelector("label[for='c-" + key + "']")).click();
        submit("form.planning");
        waitForText("Réponse à vos demandes");
        assertTrue(pageText().contains("Réservé."), pageText());
        checkPage("reponse");

        // back on the month, the day says «réservé» and can be cancelled
        browser.driver().findElement(By.linkText("Retour au planning")).click();
        waitForText("Mon planning");
        browser.driver().findElement(By.cssSelector("input[name=annuler][value='" + key + "']")).click();
        submit("form.planning");
        waitForText("Réservation annulée.");

        // a day the town closes between the display and «Soumettre» is refused, and the answer says why
        open("/planning?date=" + nextMonth + "&enfant=" + hugo + "&activite=" + morning);
        waitForText("Mon planning");
        var other = browser.driver().findElements(By.cssSelector("input[name=reserver][value^='" + hugo + "-" + morning + "-']")).get(1);
        String closedKey = other.getAttribute("value");
        other.click();
        portal.db().dsl().update(SLOT).set(SLOT.CLOSED, true)
                .where(SLOT.ACTIVITY_ID.eq(morning), SLOT.DAY.eq(LocalDate.parse(closedKey.substring(closedKey.indexOf('-', closedKey.indexOf('-') + 1) + 1)))).execute();
        submit("form.planning");
        waitForText("Réponse à vos demandes");
        assertTrue(pageText().contains(RefusalReason.CLOSED.message()), pageText());
        assertTrue(pageText().contains("0 demande faite, 0 sur liste d'attente, 1 refusée"), pageText());

        // «Modifier» → «Modification avancée»: a typical week of evenings, Mondays and Fridays
        open("/planning");
        waitForText("Mon planning");
        browser.driver().findElement(By.cssSelector("details.modify summary")).click();
        browser.driver().findElement(By.linkText("Modification avancée")).click();
        waitForText("Saisie d'une semaine type");
        checkPage("semaine-type");
        // the form offers the year in progress: its evenings; in the summer, when its classes are over, its holiday centre
        var inProgress = fr.portailfamille.domain.bookings.SchoolYear.containing(portal.today());
        boolean summer = !portal.bookingYear().equals(inProgress);
        long weekly = summer ? portal.activity("Centre de loisirs des vacances", inProgress) : evening;
        browser.driver().findElement(By.cssSelector("label[for='activity-" + weekly + "']")).click();
        browser.driver().findElement(By.cssSelector("label[for='person-" + hugo + "']")).click();
        LocalDate from = summer ? portal.today().plusMonths(1).withDayOfMonth(1) : portal.classesFrom().plusDays(7);
        setDate("from", from.toString());
        setDate("to", from.plusDays(27).toString());
        new Select(browser.driver().findElement(By.id("periodicity"))).selectByValue("EVERY_WEEK");
        browser.driver().findElement(By.cssSelector("label[for='weekday-1']")).click();
        browser.driver().findElement(By.cssSelector("label[for='weekday-5']")).click();
        browser.driver().findElement(By.xpath("//button[normalize-space()='ENREGISTRER']")).click();
        waitForText("Semaine type enregistrée");
        assertTrue(pageText().matches("(?s).*\\d+ jours? réservés?.*"), pageText());
        long eveningsBooked = portal.db().dsl().fetchCount(BOOKING, BOOKING.CHILD_ID.eq(hugo).and(BOOKING.ACTIVITY_ID.eq(weekly))
                .and(BOOKING.STATUS.eq(fr.portailfamille.persistence.schema.enums.BookingStatus.BOOKED)));
        assertTrue(eveningsBooked >= 4, "four weeks of Mondays and Fridays, holidays aside: " + eveningsBooked);
        checkPage("semaine-type-resultat");

        // the phone: pick the day, the child, tap the activity, «Soumettre»
        browser.phoneWidth();
        var day = portal.db().dsl().select(SLOT.DAY).from(SLOT).where(SLOT.ACTIVITY_ID.eq(morning), SLOT.CLOSED.isFalse(),
                SLOT.DAY.ge(portal.today().plusDays(7))).orderBy(SLOT.DAY).limit(1).fetchOne(SLOT.DAY);
        open("/planning/jour?date=" + day);
        waitForText("Réserver un jour");
        new Select(browser.driver().findElement(By.id("enfant"))).selectByVisibleText("Hugo");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Afficher']")).click();
        waitForText("Hugo – Accueil du matin");
        browser.assertNoHorizontalScroll();
        Accessibility.assertNoViolations(browser.driver());
        browser.screenshot("planning-jour-360");
        browser.driver().findElement(By.cssSelector("label[for='c-" + hugo + "-" + morning + "-" + day + "']")).click();
        submit("form.day-view");
        waitForText("Réponse à vos demandes");
        assertTrue(pageText().contains("Réservé."), pageText());
        browser.assertNoHorizontalScroll();
        browser.desktopWidth();

        open("/inscriptions");
        waitForText("Inscriptions périscolaires");
        checkPage("inscriptions");
    }

    @Test
    void agents_bookings_pages_are_accessible() {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
        signIn("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        long evening = activity("Accueil du soir");
        var waiting = portal.db().dsl().selectFrom(BOOKING).where(BOOKING.STATUS.eq(fr.portailfamille.persistence.schema.enums.BookingStatus.WAITING))
                .fetchOne();
        for (String path : new String[] {"/agent/activites", "/agent/activites/nouvelle", "/agent/activites/" + evening,
                "/agent/activites/" + evening + "/creneaux?mois=" + waiting.getDay().toString().substring(0, 7),
                "/agent/activites/" + waiting.getActivityId() + "/creneaux/" + waiting.getDay(), "/agent/calendrier-scolaire", "/agent/inscriptions"}) {
            open(path);
            waitForText("Nous contacter");
            assertEquals(false, pageText().contains("Page introuvable"), path);
            checkPage("agent" + path.replaceAll("[^a-z0-9]+", "-"));
        }
        // more places on the full evening: Hugo gets the place
        open("/agent/activites/" + waiting.getActivityId() + "/creneaux/" + waiting.getDay());
        var capacity = browser.driver().findElement(By.id("capacity"));
        capacity.clear();
        capacity.sendKeys("2");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer les places']")).click();
        waitForText("Le nombre de places est enregistré");
        assertTrue(pageText().contains("Personne n'attend."), pageText());
        assertTrue(pageText().contains("le premier enfant de la liste d'attente a obtenu une place"), pageText());
    }

    private void checkPage(String name) {
        browser.checkPage("planning-" + name, Browser.PHONE_WIDTH);
    }

    private void signIn(String identifier, String password) {
        browser.signIn(portal.uri("/connexion"), identifier, password);
    }

    private void open(String path) {
        browser.open(portal.uri(path));
    }

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
