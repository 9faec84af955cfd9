package org.gridvoice.budgeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.gridvoice.budgeting.Feasibility;
import org.gridvoice.budgeting.ProjectReview;
import org.gridvoice.shared.ui.Dates;

/**
 * One proposal of a budget consultation as its review stands: estimate, reviewed cost, verdict with the
 * public reason and cost note, who reviewed and when, and a Review button for those who may review it now.
 */
class ProjectCard extends Div {

    ProjectCard(ProjectReview p, Runnable review) {
        addClassNames("budget-project", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.SMALL);
        getElement().setAttribute("data-proposal", String.valueOf(p.proposalId()));
        Anchor title = new Anchor("proposals/" + p.proposalId(), p.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        String category = "zh".equals(getLocale().getLanguage()) ? p.categoryZh() : p.categoryEn();
        List<String> where = new ArrayList<>();
        if (category != null) {
            where.add(category);
        }
        if (p.gridName() != null) {
            where.add(p.gridName());
        }
        Span meta = new Span(String.join(getTranslation("list.separator"), where));
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div badges = new Div(verdict(p.feasibility()));
        if (p.overCap()) {
            Span over = new Span(getTranslation("budget.project.over-cap"));
            over.getElement().getThemeList().add("badge error");
            over.addClassName("budget-over-cap");
            badges.add(over);
        }
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        add(title, meta, badges, figures(p));
        if (p.reason() != null && !p.reason().isBlank()) {
            add(line("budget-reason", getTranslation("budget.project.reason", p.reason())));
        }
        if (p.costNote() != null && !p.costNote().isBlank()) {
            add(line("budget-cost-note", getTranslation("budget.project.cost-note", p.costNote())));
        }
        if (p.reviewedAt() != null) {
            // no office name: the committee reviewed it
            String who = p.reviewerName() != null ? p.reviewerName() : getTranslation("budget.project.committee");
            Span by = line("budget-reviewer", getTranslation("budget.project.reviewed-by", who,
                    p.reviewedAt() == null ? "" : Dates.format(p.reviewedAt(), getLocale())));
            by.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(by);
        }
        if (p.reviewable()) {
            Button open = new Button(getTranslation(p.feasibility() == Feasibility.PENDING ? "budget.project.review" : "budget.project.revise"),
                    new Icon(VaadinIcon.CLIPBOARD_CHECK), e -> review.run());
            open.setAriaLabel(getTranslation("budget.project.review.aria", p.title()));
            open.addClassName("budget-review-button");
            Div actions = new Div(open);
            add(actions);
        }
    }

    private Span verdict(Feasibility feasibility) {
        Span badge = new Span(getTranslation("budget.feasibility." + feasibility.name()));
        badge.getElement().getThemeList().add(switch (feasibility) {
            case FEASIBLE -> "badge success";
            case INFEASIBLE -> "badge error";
            case PENDING -> "badge contrast";
        });
        badge.addClassName("budget-verdict");
        return badge;
    }

    private Span figures(ProjectReview p) {
        String estimate = p.estimateYuan() == null ? getTranslation("budget.project.estimate.none")
                : getTranslation("budget.project.estimate", p.estimateYuan());
        boolean corrected = p.costYuan() != null && !p.costYuan().equals(p.estimateYuan());
        String text = corrected ? getTranslation("budget.project.figures.corrected", estimate, p.costYuan()) : estimate;
        return line("budget-figures", text);
    }

    private static Span line(String className, String text) {
        Span span = new Span(text);
        span.addClassNames(className, LumoUtility.Display.BLOCK);
        return span;
    }
}
