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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main pages as a parent, an agent and the admin: the console stays silent (no style or script the
 * Content-Security-Policy refuses, no missing file), and the focus ring of the header and the menu stands out
 * (≥ 3:1) against the banner and the menu it is drawn on.
 */
class SiteCrawlBrowserTest {

    static final String[] PARENT_PAGES = {"/", "/dossier", "/planning", "/planning/jour", "/planning/semaine-type", "/inscriptions",
            "/planning/absences", "/facturation", "/messagerie", "/actualites", "/notifications", "/mon-compte", "/aide",
            "/plan-du-site", "/accessibilite"};
    static final String[] AGENT_PAGES = {"/", "/agent/comptes", "/agent/foyers", "/agent/justificatifs", "/agent/inscriptions",
            "/agent/activites", "/agent/calendrier-scolaire", "/agent/regies", "/agent/factures", "/agent/messagerie",
            "/agent/demarches", "/agent/actualites", "/agent/journal", "/mon-compte", "/aide", "/plan-du-site"};
    static final String[] ADMIN_PAGES = {"/", "/admin/cgu", "/admin/consentements", "/admin/agents", "/agent/journal"};

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        browser.desktopWidth();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Every page of the crawl: no console error, no axe violation at desktop width and at 360 px, no sideways scroll. */
    @Test
    void no_page_writes_an_error_to_the_console_for_a_parent_an_agent_or_the_admin() {
        List<String> errors = new ArrayList<>();
        browser.open(portal.uri("/connexion"));
        errors.addAll(errorsOf("/connexion"));
        crawl("marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026", PARENT_PAGES, errors);
        crawl("paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026", AGENT_PAGES, errors);
        crawl("claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026", ADMIN_PAGES, errors);
        assertEquals(List.of(), errors);
    }

    private void crawl(String identifier, String password, String[] pages, List<String> errors) {
        browser.signIn(portal.uri("/connexion"), identifier, password);
        errors.addAll(errorsOf("sign-in of " + identifier));
        for (String page : pages) {
            browser.open(portal.uri(page));
            browser.waitForText("Nous contacter");
            errors.addAll(errorsOf(identifier + " " + page));
            try {
                browser.checkPage("crawl-" + identifier.substring(0, identifier.indexOf('.')) + page.replaceAll("[^a-z0-9]+", "-"), Browser.PHONE_WIDTH);
            } catch (AssertionError failed) {
                errors.add(identifier + " " + page + ": " + failed.getMessage());
                browser.desktopWidth();
            }
        }
        browser.signOut();
    }

    private static List<String> errorsOf(String where) {
        return browser.consoleErrors().stream().map(message -> where + ": " + message).toList();
    }

    @Test
    void the_focus_ring_of_the_header_and_the_menu_has_3_to_1_against_what_it_is_drawn_on() {
        browser.signIn(portal.uri("/connexion"), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        browser.open(portal.uri("/planning"));
        browser.waitForText("Mon planning");
        List<String> tooFaint = new ArrayList<>();
        var focusable = new ArrayList<WebElement>(browser.driver().findElements(By.cssSelector("header.banner a, header.banner button")));
        assertTrue(focusable.size() > 8, "the header's links and the menu");
        for (WebElement element : focusable) {
            browser.script("arguments[0].focus();", element);
            @SuppressWarnings("unchecked")
            var colours = (List<String>) browser.script("""
                    const e = arguments[0], style = getComputedStyle(e);
                    let parent = e.parentElement;
                    while (parent && getComputedStyle(parent).backgroundColor === 'rgba(0, 0, 0, 0)') parent = parent.parentElement;
                    return [style.outlineStyle, style.outlineColor, getComputedStyle(parent).backgroundColor];
                    """, element);
            String name = element.getText().isBlank() ? element.getAttribute("href") : element.getText();
            if ("none".equals(colours.get(0))) {
                tooFaint.add(name + ": no focus ring");
                continue;
            }
            double ratio = contrast(colours.get(1), colours.get(2));
            if (ratio < 3) tooFaint.add(name + ": %.2f:1 (%s on %s)".formatted(ratio, colours.get(1), colours.get(2)));
        }
        browser.signOut();
        assertEquals(List.of(), tooFaint);
    }

    /** WCAG's contrast ratio of two CSS colours «rgb(r, g, b)». */
    static double contrast(String first, String second) {
        double a = luminance(first), b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}
