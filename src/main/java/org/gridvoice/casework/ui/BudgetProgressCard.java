package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.gridvoice.casework.CaseBudget;

/**
 * A funded project's money and progress, in public (Decidim's accountability): the budget from the vote, how far
 * the work is by the office's last report, each milestone reported, and once resolved what was spent.
 */
class BudgetProgressCard extends Div {

    BudgetProgressCard(CaseBudget budget) {
        addClassName("gv-card");
        setId("case-budget");
        H3 heading = new H3(getTranslation("casework.budget.title"));
        heading.setId("case-budget-heading");
        add(heading);
        add(new Paragraph(getTranslation("casework.budget.amount", yuan(budget.budgetYuan()))));
        ProgressBar bar = new ProgressBar(0, 100, budget.percent());
        bar.setId("case-budget-bar");
        bar.getElement().setAttribute("aria-labelledby", "case-budget-percent");
        Span percent = new Span(getTranslation("casework.budget.percent", budget.percent()));
        percent.setId("case-budget-percent");
        add(percent, bar);
        if (budget.spentYuan() != null) {
            Paragraph spent = new Paragraph(getTranslation(budget.spentYuan() > budget.budgetYuan() ? "casework.budget.spent-over"
                    : "casework.budget.spent", yuan(budget.spentYuan()), yuan(budget.budgetYuan())));
            spent.setId("case-budget-spent");
            add(spent);
        }
        if (budget.milestones().isEmpty()) {
            add(new Paragraph(getTranslation("casework.budget.no-milestones")));
            return;
        }
        H3 milestonesHeading = new H3(getTranslation("casework.budget.milestones"));
        milestonesHeading.setId("case-budget-milestones-heading");
        UnorderedList list = new UnorderedList();
        list.setId("case-budget-milestones");
        list.getElement().setAttribute("aria-labelledby", "case-budget-milestones-heading");
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        budget.milestones().forEach(m -> list.add(new ListItem(getTranslation("casework.budget.milestone", m.reachedOn().format(day),
                m.title(), m.percent(), m.officeName() == null ? "" : m.officeName()))));
        add(milestonesHeading, list);
    }

    private String yuan(long amount) {
        return NumberFormat.getIntegerInstance(getLocale()).format(amount);
    }
}
