package fr.portailfamille.bootstrap.browser;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent on a 360 × 740 phone: the header folds behind «Menu» (no JavaScript needed), the month's planning shows on
 * the first screen, its grid never cuts a word nor a day's name, «Jour (téléphone)» opens on a day that can be booked,
 * and an invoice's lines stack so that every amount and the total stay on screen.
 */
class PhoneLayoutBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
        browser.signIn(portal.uri("/connexion"), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void on_a_phone_the_menu_folds_behind_a_button_and_the_planning_shows_on_the_first_screen() {
        browser.desktopWidth();
        browser.open(portal.uri("/planning"));
        browser.waitForText("Mon planning");
        assertTrue(menuLink("PLANNING").isDisplayed(), "a wide screen shows the menu at once");
        assertFalse(menuButton().isDisplayed(), "a wide screen needs no «Menu» button");

        browser.phoneWidth();
        assertTrue(menuButton().isDisplayed());
        assertFalse(menuLink("PLANNING").isDisplayed(), "on a phone the menu waits behind «Menu»");
        long headerHeight = ((Number) browser.script("return document.querySelector('header.banner').getBoundingClientRect().height;")).longValue();
        assertTrue(headerHeight <= 90, "the folded header takes " + headerHeight + " px");
        // a town's portal has no «Démonstration» banner: the demo's own warning is not counted against the planning
        long demoBanner = ((Number) browser.script("var b = document.querySelector('.demo-banner'); return b ? b.getBoundingClientRect().height : 0;")).longValue();
        assertTrue(demoBanner <= 45, "the demo banner takes " + demoBanner + " px on a phone");
        long gridTop = ((Number) browser.script("return document.querySelector('table.calendar').getBoundingClientRect().top;")).longValue();
        assertTrue(gridTop - demoBanner < Browser.PHONE_HEIGHT - 100, "the first grid starts at " + gridTop + " px of a 740 px screen (demo banner "
                + demoBanner + " px)");
        browser.screenshot("telephone-planning-360");

        // the checkbox behind «Menu» opens it with a tap, no script: the links are there, then a tap on one of them
        menuButton().click();
        assertTrue(menuLink("PLANNING").isDisplayed());
        assertTrue(browser.driver().findElement(By.linkText("Mon compte")).isDisplayed());
        browser.assertNoHorizontalScroll();
        Accessibility.assertNoViolations(browser.driver());
        browser.screenshot("telephone-menu-360");
        menuLink("FACTURATION").click();
        browser.waitForText("Régie");
        assertFalse(menuLink("PLANNING").isDisplayed(), "the next page starts folded again");
        browser.desktopWidth();
    }

    @Test
    void the_month_grid_at_360_px_cuts_no_word_and_names_the_days_in_short_for_the_eyes_in_full_for_screen_readers() {
        browser.open(portal.uri("/planning"));
        browser.waitForText("Mon planning");
        browser.phoneWidth();
        @SuppressWarnings("unchecked")
        var problems = (List<String>) browser.script("""
                const out = [];
                document.querySelectorAll('.table-scroll').forEach(t => {
                  if (t.scrollWidth > t.clientWidth) out.push('the grid scrolls sideways: ' + t.scrollWidth + ' > ' + t.clientWidth);
                });
                // a word cut in two takes more lines than the text has words
                document.querySelectorAll('table.calendar .state, table.calendar .detail, table.calendar th .day-abbr').forEach(e => {
                  const range = document.createRange();
                  range.selectNodeContents(e);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
                  const words = e.textContent.trim().split(/[\\s\\u200B/]+/).filter(w => w).length;
                  if (lines > words) out.push('cut word: ' + e.textContent + ' on ' + lines + ' lines');
                  const cell = e.closest('td, th').getBoundingClientRect();
                  if (range.getBoundingClientRect().right > cell.right + 0.5) out.push('sticks out of its cell: ' + e.textContent);
                });
                return out;
                """);
        assertEquals(List.of(), problems.stream().distinct().toList());
        var abbreviations = browser.driver().findElements(By.cssSelector("table.calendar thead th .day-abbr"));
        assertTrue(abbreviations.stream().anyMatch(a -> a.isDisplayed() && a.getText().equals("ven.")), "abbreviated on the phone");
        long fullNamesShown = ((Number) browser.script("""
                return [...document.querySelectorAll('table.calendar thead th .day-name')].filter(e => e.getBoundingClientRect().width > 1).length;
                """)).longValue();
        assertEquals(0, fullNamesShown, "the full names are left to screen readers");
        assertTrue(browser.driver().findElements(By.cssSelector("table.calendar thead th .day-name")).stream()
                .anyMatch(n -> n.getAttribute("textContent").equals("vendredi")));
        browser.desktopWidth();
        assertTrue(abbreviations.stream().noneMatch(WebElement::isDisplayed), "a wide screen writes the days in full");
    }

    @Test
    void jour_telephone_opens_on_today_or_the_next_day_that_can_be_booked() {
        browser.open(portal.uri("/planning"));
        browser.waitForText("Mon planning");
        browser.driver().findElement(By.linkText("Jour (téléphone)")).click();
        browser.waitForText("Réserver un jour");
        LocalDate shown = LocalDate.parse(browser.driver().findElement(By.id("date")).getAttribute("value"));
        LocalDate today = portal.today();
        assertFalse(shown.isBefore(today), "opens on " + shown + ", before today " + today);
        boolean bookable = !browser.driver().findElements(By.cssSelector("form.day-view input[type=checkbox]")).isEmpty();
        assertTrue(bookable || shown.equals(today), "opens on " + shown + " where nothing can be booked");
    }

    @Test
    void an_invoice_at_360_px_stacks_its_lines_with_every_amount_and_the_total_on_screen() {
        browser.open(portal.uri("/facturation/factures/" + portal.demoInvoice(1)));
        browser.waitForText("Total");
        browser.phoneWidth();
        long width = ((Number) browser.script("return document.documentElement.clientWidth;")).longValue();
        var amounts = browser.driver().findElements(By.cssSelector("table td[data-label='Montant'], table tfoot td"));
        assertFalse(amounts.isEmpty());
        for (var amount : amounts) {
            long right = ((Number) browser.script("return arguments[0].getBoundingClientRect().right;", amount)).longValue();
            assertTrue(amount.isDisplayed() && right <= width, amount.getText() + " ends at " + right + " px on a " + width + " px screen");
        }
        assertEquals("\"Montant\"", browser.script("return getComputedStyle(arguments[0], '::before').content;", amounts.get(0)), "each value says its column");
        browser.desktopWidth();
        browser.checkPage("telephone-facture", Browser.PHONE_WIDTH);
    }

    private static WebElement menuButton() {
        return browser.driver().findElement(By.cssSelector("header label.menu-button"));
    }

    private static WebElement menuLink(String name) {
        return browser.driver().findElement(By.xpath("//nav[@aria-label='Menu principal']//a[normalize-space()='" + name + "']"));
    }
}
