package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.moderation.ModerationItem;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.shared.ui.Dates;

/**
 * The details of one queued item: where it is (with a link to it in place), who wrote it, its
 * whole text (hidden text too: the committee must read what it decides on), every open report
 * with its reason, note and date, and the decisions.
 */
class ModerationItemDialog extends Dialog {

    final Paragraph text = new Paragraph();
    final UnorderedList reports = new UnorderedList();
    final HorizontalLayout decisions;

    ModerationItemDialog(ModerationItem item, ModerationService moderation, Runnable afterDecision) {
        setHeaderTitle(ModerationTexts.label(this, item.target()));
        setWidth("min(720px, 95vw)");
        Div facts = new Div(ModerationTexts.statusBadge(this, item.status()));
        if (item.content() != null && item.content().context() != null) {
            facts.add(new Paragraph(getTranslation("moderation.details.context." + item.target().type(), item.content().context())));
        }
        facts.add(new Paragraph(getTranslation("moderation.details.author", item.authorName() == null ? "" : item.authorName())));
        if (item.content() != null && item.content().route() != null) {
            Anchor open = new Anchor(item.content().route(), getTranslation("moderation.details.open"));
            open.setTarget("_blank");
            facts.add(new Paragraph(open));
        }
        text.setText(item.content() == null ? getTranslation("moderation.details.gone") : item.content().text());
        text.addClassNames("gv-moderation-text", "gv-card");
        text.getStyle().set("white-space", "pre-wrap");
        for (ModerationItem.Report report : item.reports()) {
            String reason = getTranslation(ModerationTexts.reasonKey(report.reason()));
            String when = Dates.format(report.at(), getLocale());
            String who = getTranslation(report.reporterVerified() ? "moderation.details.reporter.verified" : "moderation.details.reporter.staff",
                    Dates.format(report.reporterSince(), getLocale()));
            ListItem line = new ListItem(report.note() == null || report.note().isBlank()
                    ? getTranslation("moderation.details.report", when, reason)
                    : getTranslation("moderation.details.report.note", when, reason, report.note()));
            Span reporter = new Span(who);
            reporter.addClassNames(LumoUtility.TextColor.SECONDARY);
            line.add(reporter);
            if (report.newAccount()) {
                Span fresh = new Span(getTranslation("moderation.details.reporter.new"));
                fresh.getElement().getThemeList().add("badge warning");
                fresh.addClassNames("gv-moderation-new-account", LumoUtility.Margin.Left.SMALL);
                line.add(fresh);
            }
            reports.add(line);
        }
        H3 reportsTitle = new H3(getTranslation("moderation.details.reports", item.reports().size()));
        reportsTitle.addClassNames(LumoUtility.FontSize.MEDIUM);
        add(facts, text, reportsTitle, reports);
        decisions = ModerationDecisions.buttons(this, moderation, item, () -> {
            close();
            afterDecision.run();
        });
        getFooter().add(decisions, new Button(getTranslation("action.close"), e -> close()));
    }
}
