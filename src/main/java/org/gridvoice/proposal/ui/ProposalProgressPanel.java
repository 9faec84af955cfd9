package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.proposal.ProposalProgress;
import org.gridvoice.proposal.ProposalTally;
import org.gridvoice.shared.ui.Dates;

/**
 * Where a proposal stands: its status badge, a stepper of the stages from posting to its case's
 * close (dates where known; the current one marked for screen readers), its result line linked to
 * the consultation's result, and its case linked with the office and the case's status.
 */
class ProposalProgressPanel extends Div {

    final StatusBadge badge;
    private final OrderedList stepper = new OrderedList();

    ProposalProgressPanel(ProposalProgress progress) {
        badge = new StatusBadge(progress.status());
        H3 heading = new H3(getTranslation("proposal.progress"));
        heading.setId("proposal-progress-heading");
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        stepper.getElement().setAttribute("aria-labelledby", "proposal-progress-heading");
        stepper.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE, LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        progress.steps().forEach(step -> stepper.add(item(step)));
        add(heading, stepper);
        if (progress.decidedMeetingId() != null) {
            // decided in a room: the meeting's page has the record (counts or consensus, both signatories)
            ProposalTally t = progress.tally();
            Div result = new Div(ProposalRoutes.link(progress.resultUrl(), t == null ? getTranslation("meetingdesk.proposal.consensus")
                    : getTranslation("meetingdesk.proposal.hands", t.yes(), t.no(), t.abstentions())));
            result.setId("proposal-meeting-decision");
            add(result);
        } else if (progress.resultUrl() != null && progress.tally() != null) {
            ProposalTally t = progress.tally();
            Div result = new Div(ProposalRoutes.link(progress.resultUrl(), getTranslation("proposal.result." + t.method().name(),
                    t.yes(), t.no(), t.abstentions(), t.approvals())));
            if (t.tied()) {
                Paragraph tied = new Paragraph(getTranslation("proposal.result.tied"));
                tied.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
                result.add(tied);
            }
            add(result);
        }
        if (progress.caseUrl() != null) {
            add(new Div(ProposalRoutes.link(progress.caseUrl(), getTranslation("proposal.case.link", String.valueOf(progress.caseId()),
                    progress.caseOffice() == null ? "" : progress.caseOffice(),
                    progress.caseStatus() == null ? "" : getTranslation("proposal.case.status." + progress.caseStatus().name())))));
        }
        addClassNames("gv-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
    }

    private ListItem item(ProposalProgress.Step step) {
        Icon mark = step.reached() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create();
        mark.setSize("var(--lumo-icon-size-s)");
        mark.addClassNames(step.reached() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.TERTIARY);
        mark.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(getTranslation("proposal.stage." + step.stage().name()));
        label.addClassName("gv-step-label");
        Span text = new Span(label);
        if (!step.reached()) {
            Span ahead = new Span(getTranslation("proposal.stage.ahead"));
            ahead.addClassNames(LumoUtility.Accessibility.SCREEN_READER_ONLY);
            text.add(ahead);
            text.addClassNames(LumoUtility.TextColor.SECONDARY);
        }
        if (step.at() != null) {
            Span at = new Span(Dates.format(step.at(), getLocale()));
            at.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            text.add(at);
        }
        ListItem item = new ListItem(mark, text);
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL, LumoUtility.AlignItems.START);
        if (step.current()) {
            item.getElement().setAttribute("aria-current", "step");
            label.addClassNames(LumoUtility.FontWeight.BOLD);
        }
        return item;
    }

    /** The stages' names in order, as shown. */
    List<String> steps() {
        return stepper.getChildren().map(item -> item.getElement().getChild(1).getChild(0).getText()).toList();
    }
}
