package org.gridvoice.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.casework.CaseSummary;
import org.gridvoice.shared.ui.PhoneColumns;

/** Cases as rows: title (a link to the case), where it comes from (诉求 / 提案), status, office, place and category, and the time left, said plainly. */
class CaseGrid extends Grid<CaseSummary> {

    CaseGrid(Clock clock) {
        addComponentColumn(c -> {
            Anchor link = new Anchor("cases/" + c.id(), getTranslation("casework.case.title", c.id(), c.title()));
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setKey("title").setHeader(getTranslation("casework.list.title")).setFlexGrow(2);
        addComponentColumn(c -> CaseTexts.source(this, c.source())).setKey("source").setHeader(getTranslation("casework.list.source"))
                .setWidth("5em").setFlexGrow(0);
        addComponentColumn(c -> {
            Div badges = new Div(CaseTexts.status(this, c.status()));
            if (c.coHandling()) {
                // short on a phone; the lead office is in the tooltip and what a screen reader says
                Span co = new Span(getTranslation("casework.badge.co-handling"));
                co.getElement().getThemeList().add("badge");
                co.getElement().setAttribute("title", getTranslation("casework.badge.co-handling.lead", c.office()));
                co.getElement().setAttribute("aria-label", getTranslation("casework.badge.co-handling.lead", c.office()));
                badges.add(co);
            }
            if (c.late() && c.status().open()) {
                Span late = new Span(getTranslation("casework.badge.late"));
                late.getElement().getThemeList().add("badge error");
                badges.add(late);
            }
            if (c.escalated()) {
                Span escalated = new Span(getTranslation("casework.badge.escalated"));
                escalated.getElement().getThemeList().add("badge error primary");
                badges.add(escalated);
            }
            badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
            return badges;
        }).setKey("status").setHeader(getTranslation("casework.list.status")).setWidth("8em").setFlexGrow(0);
        // fixed widths whose badges and times wrap: with the title they fit a 375 px phone
        addColumn(c -> c.status().open() ? CaseTexts.timeLeft(this, c.dueAt(), LocalDateTime.now(clock)) : "")
                .setKey("due").setHeader(getTranslation("casework.list.due")).setWidth("6em").setFlexGrow(0);
        addColumn(CaseSummary::office).setKey("office").setHeader(getTranslation("casework.list.office")).setAutoWidth(true);
        addColumn(c -> c.grid() + getTranslation("list.separator") + ("zh".equals(getLocale().getLanguage()) ? c.categoryZh() : c.categoryEn()))
                .setKey("where").setHeader(getTranslation("casework.list.where")).setAutoWidth(true);
        // the source badge too: at 375 px the title, status and time left need the room (the source filter still works)
        PhoneColumns.hideOnPhones(this, getColumnByKey("source"), getColumnByKey("office"), getColumnByKey("where"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
    }
}
