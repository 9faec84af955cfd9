package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.casework.CaseEvent;
import org.gridvoice.casework.Confirmation;
import org.gridvoice.photo.ui.PhotoStrip;
import org.gridvoice.shared.ui.Dates;

/**
 * A case's whole timeline, oldest first: when, who, what happened, its note (a resident's answers and comment) and photos.
 * Each step's words are one piece of HTML (built by jsoup, which escapes every text) on its list item, not a component
 * per line: a long timeline is otherwise the largest part of a visitor's session (ops/reliability/README.md, "Heap per session").
 */
class CaseTimeline extends Div {

    CaseTimeline(List<CaseEvent> events) {
        setId("case-timeline");
        add(new H3(getTranslation("casework.timeline")));
        OrderedList list = new OrderedList();
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        events.forEach(e -> list.add(item(e)));
        add(list);
    }

    private ListItem item(CaseEvent e) {
        ListItem item = new ListItem();
        item.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.Padding.Vertical.SMALL);
        String words = words(e);
        if (e.photos().isEmpty()) {
            item.getElement().setProperty("innerHTML", words);
            return item;
        }
        Div text = new Div();
        text.getElement().setProperty("innerHTML", words);
        // the service left out what the reader may not see; before / after carry their badges
        PhotoStrip strip = new PhotoStrip(e.photos());
        strip.setId("case-event-photos-" + e.id());
        item.add(text, strip);
        return item;
    }

    private String words(CaseEvent e) {
        org.jsoup.nodes.Document html = new org.jsoup.nodes.Document("");
        html.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element words = html.appendElement("div");
        words.appendElement("span").addClass(LumoUtility.FontSize.SMALL).addClass(LumoUtility.TextColor.SECONDARY).addClass(LumoUtility.Display.BLOCK)
                .text(Dates.format(e.at(), getLocale()) + (e.actor() == null ? "" : " · " + e.actor()));
        words.appendElement("span").addClass(LumoUtility.FontWeight.SEMIBOLD).text(getTranslation("casework.event.line." + e.kind().name(),
                e.office() == null ? "" : e.office(), e.toOffice() == null ? "" : e.toOffice()));
        if (e.internal()) {
            words.appendText(" ").appendElement("span").attr("theme", "badge contrast small").text(getTranslation("casework.badge.internal"));
        }
        Confirmation confirmation = e.confirmation();
        if (confirmation != null) {
            line(words, getTranslation("casework.event.confirmation", getTranslation("casework.resolution." + confirmation.resolution().name()),
                    getTranslation("casework.satisfaction." + confirmation.satisfaction().name())));
            if (confirmation.comment() != null) {
                line(words, getTranslation("casework.event.comment", confirmation.comment()));
            }
        } else if (e.note() != null) {
            line(words, e.note());
        }
        return words.html();
    }

    private static void line(org.jsoup.nodes.Element words, String text) {
        words.appendElement("p").addClass(LumoUtility.Margin.Vertical.XSMALL).text(text);
    }
}
