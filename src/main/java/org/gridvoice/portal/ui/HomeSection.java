package org.gridvoice.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * One block of a home page: a heading (with a count when there is one), its items as a list, a
 * sentence that says what an empty list means, and links onward.
 */
class HomeSection extends Section {

    private final H2 heading = new H2();
    private final UnorderedList items = new UnorderedList();
    private final Div links = new Div();

    /** A section titled by the i18n key {@code titleKey} with its arguments. */
    HomeSection(String id, String titleKey, Object... args) {
        setId(id);
        addClassNames("gv-card", "gv-home-section");
        heading.setText(getTranslation(titleKey, args));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.SMALL);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        items.addClassNames("gv-home-items", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.Margin.Top.SMALL);
        add(heading);
    }

    /** A number beside the heading (for screen readers it is part of the heading). */
    HomeSection count(long count) {
        Span badge = new Span(Long.toString(count));
        badge.getElement().getThemeList().add(count > 0 ? "badge primary pill" : "badge contrast pill");
        badge.addClassNames(LumoUtility.Margin.Start.SMALL, "gv-home-count");
        heading.add(badge);
        return this;
    }

    /** The items, or the empty-state sentence when there are none. */
    HomeSection items(List<? extends Component> rows, String emptyText) {
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassNames("gv-home-empty", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            add(empty);
        } else {
            rows.forEach(row -> items.add(new ListItem(row)));
            add(items);
        }
        return this;
    }

    /** A titled group of items inside the section (consultations of one phase). */
    HomeSection group(String title, long count, List<? extends Component> rows) {
        com.vaadin.flow.component.html.H3 h = new com.vaadin.flow.component.html.H3(title);
        h.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.SMALL, LumoUtility.Margin.Bottom.XSMALL);
        Span badge = new Span(Long.toString(count));
        badge.getElement().getThemeList().add("badge contrast pill small");
        badge.addClassNames(LumoUtility.Margin.Start.XSMALL);
        h.add(badge);
        UnorderedList list = new UnorderedList();
        list.addClassNames("gv-home-items", LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        rows.forEach(row -> list.add(new ListItem(row)));
        add(h, list);
        return this;
    }

    HomeSection text(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        add(p);
        return this;
    }

    HomeSection content(Component... components) {
        add(components);
        return this;
    }

    HomeSection link(String text, String route, boolean primary) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName(primary ? "gv-link-primary" : "gv-link");
        links.add(link);
        if (links.getParent().isEmpty()) {
            add(links);
        }
        return this;
    }
}
