package fr.sensiblecity.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Runs axe-core on the page as the browser shows it (shadow DOM included) against WCAG 2.1 A and AA, and fails
 * with a message a developer can act on: the rule, what it asks for, and which elements break it.
 */
final class AccessibilityAudit {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityAudit() {
    }

    /** @param pageName how the failure message names the page, e.g. "home page, signed in" */
    static void assertNoViolations(Page page, String pageName) {
        // A notification or dialog still fading in is half transparent: its colours are not the ones people read.
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.getErrorMessage() != null) {
            fail("axe-core could not audit the " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(report(pageName, page.url(), violations));
        }
    }

    private static String report(String pageName, String url, List<Rule> violations) {
        StringBuilder text = new StringBuilder()
                .append(violations.size()).append(" accessibility rule(s) broken on the ").append(pageName)
                .append(" (").append(url).append("):");
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n    at ").append(node.getTarget())
                        .append("\n       ").append(oneLine(node.getHtml()))
                        .append("\n       ").append(oneLine(node.getFailureSummary()));
            }
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
