package fr.portailfamille.bootstrap.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** axe-core on the page the browser shows, for the WCAG 2.1 A and AA rules (the RGAA's ground). */
public final class Accessibility {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static void assertNoViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.getError() != null || results.getErrorMessage() != null) {
            fail("axe could not analyse " + driver.getCurrentUrl() + ": " + results.getErrorMessage(), results.getError());
        }
        // axe that checked nothing (not injected, wrong tags) must not look like a clean page
        assertFalse(results.getPasses() == null || results.getPasses().isEmpty(), "axe checked nothing on " + driver.getCurrentUrl());
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + driver.getCurrentUrl() + ":\n" + describe(violations));
        }
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                        .map(Accessibility::node)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      " + summary;
    }
}
