package org.gridvoice.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core in the page and tells the serious and critical violations, one readable line per
 * element: where (route, language, width), which rule, its impact, and the element's selector.
 */
final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * Findings we cannot fix from the app because Vaadin's components make them themselves, each
     * named by rule, the element (a pattern of its selector) and what axe says is wrong with it.
     */
    private static final List<Exemption> EXEMPTIONS = List.of(
            new Exemption("aria-required-children", "\\[vaadin-tabs\\]", "div[tabindex]",
                    "vaadin-tabs (in a TabSheet) puts its keyboard-scrollable div[tabindex] inside its own shadow root,"
                            + " between role=tablist and the tabs; the tabs themselves are role=tab"),
            new Exemption("aria-allowed-attr", "\\[vaadin-date-time-picker(:nth-child\\(\\d+\\))?\\]", "aria-required",
                    "vaadin-date-time-picker gives its own host role=group and, when required, aria-required;"
                            + " its date and time inputs inside carry the required state themselves"));

    /** {@code target}: a regular expression for axe's selector; {@code summary}: a text axe's failure summary contains. */
    record Exemption(String rule, String target, String summary, String why) {
    }

    private Axe() {
    }

    /** The serious and critical violations on the page the browser shows now, as readable lines. */
    static List<String> violations(Browser browser, String where) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations")); // passes are not reported element by element: much faster
        // legacy mode runs axe.run in the page itself; the default opens a blank window per run to merge frame
        // results, which our pages (no frames) do not need and which costs a second per run
        var results = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true).analyze(browser.driver);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add(where + "  axe failed: " + results.getErrorMessage());
            return found;
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String target = String.valueOf(node.getTarget());
                if (!BLOCKING.contains(impact) || exempt(rule.getId(), target, node.getFailureSummary())) {
                    continue;
                }
                found.add("%s  %s (%s): %s  at %s  %s  -- %s".formatted(where, rule.getId(), impact, rule.getHelp(), target,
                        abbreviate(node.getHtml()), abbreviate(node.getFailureSummary())));
            }
        }
        return found;
    }

    private static boolean exempt(String rule, String target, String summary) {
        return EXEMPTIONS.stream().anyMatch(e -> e.rule().equals(rule) && target.matches(e.target())
                && summary != null && summary.contains(e.summary()));
    }

    private static String abbreviate(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
