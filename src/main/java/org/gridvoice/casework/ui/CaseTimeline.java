package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.casework.CaseEvent;
import org.gridvoice.casework.Confirmation;
import org.gridvoice.photo.ui.PhotoStrip;
import org.gridvoice.shared.ui.Dates;

/** A case's whole timeline, oldest first: when, who, what happened, its note (a resident's answers and comment) and photos. */
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
        Span when = new Span(Dates.format(e.at(), getLocale()) + (e.actor() == null ? "" : " · " + e.actor()));
        when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        Span what = new Span(getTranslation("casework.event.line." + e.kind().name(), e.office() == null ? "" : e.office(),
                e.toOffice() == null ? "" : e.toOffice()));
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        item.add(when, what);
        if (e.internal()) {
            item.add(CaseTexts.badge(this, "casework.badge.internal", "badge contrast small"));
        }
        Confirmation confirmation = e.confirmation();
        if (confirmation != null) {
            item.add(line(getTranslation("casework.event.confirmation",
                    getTranslation("casework.resolution." + confirmation.resolution().name()),
                    getTranslation("casework.satisfaction." + confirmation.satisfaction().name()))));
            if (confirmation.comment() != null) {
                item.add(line(getTranslation("casework.event.comment", confirmation.comment())));
            }
        } else if (e.note() != null) {
            item.add(line(e.note()));
        }
        if (!e.photos().isEmpty()) {
            // the service left out what the reader may not see; before / after carry their badges
            PhotoStrip strip = new PhotoStrip(e.photos());
            strip.setId("case-event-photos-" + e.id());
            item.add(strip);
        }
        return item;
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        return line;
    }
}
