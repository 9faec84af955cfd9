package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.meeting.AgendaItem;

/** The agenda in order: each item's title, what it links, its note, and its recorded outcome once there is one. */
class AgendaList extends Div {

    AgendaList(List<AgendaItem> items) {
        setId("meeting-agenda");
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.agenda.empty")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassNames(LumoUtility.Padding.Left.LARGE);
        for (AgendaItem item : items) {
            ListItem li = new ListItem();
            li.addClassNames("gv-card", LumoUtility.Margin.Bottom.SMALL);
            li.add(new H4(item.title()));
            if (item.linkKind() != null) {
                li.add(link(item));
            }
            if (item.noteHtml() != null && !item.noteHtml().isBlank()) {
                li.add(new Html("<div>" + item.noteHtml() + "</div>"));
            }
            if (item.decided()) {
                li.add(outcome(item));
            }
            list.add(li);
        }
        add(list);
    }

    private Paragraph link(AgendaItem item) {
        String kind = getTranslation("meeting.link.kind." + item.linkKind());
        if (item.linkRoute() == null) {
            return new Paragraph(getTranslation("meeting.agenda.link-gone", kind, item.linkId()));
        }
        Anchor anchor = new Anchor(item.linkRoute(), item.linkTitle());
        anchor.getElement().setAttribute("router-link", true);
        return new Paragraph(new Span(kind + getTranslation("meeting.agenda.link-separator")), anchor);
    }

    private Div outcome(AgendaItem item) {
        Div box = new Div();
        box.addClassName("gv-meeting-outcome");
        box.add(new Paragraph(getTranslation("meeting.outcome.method." + item.method())));
        if ("SHOW_OF_HANDS".equals(item.method())) {
            box.add(new Paragraph(getTranslation("meeting.outcome.counts", item.votesFor(), item.votesAgainst(), item.votesAbstain(),
                    item.present() == null ? "—" : item.present())));
        }
        if (item.consensusHtml() != null && !item.consensusHtml().isBlank()) {
            box.add(new Html("<div>" + item.consensusHtml() + "</div>"));
        }
        if (item.passed() != null) {
            Span verdict = new Span(getTranslation(item.passed() ? "meeting.outcome.passed" : "meeting.outcome.not-passed"));
            verdict.getElement().getThemeList().add(item.passed() ? "badge success" : "badge error");
            box.add(verdict);
        }
        if (item.referredConsultationId() != null) {
            Anchor consultation = new Anchor("consultations/" + item.referredConsultationId(), getTranslation("meeting.outcome.referred-link"));
            consultation.getElement().setAttribute("router-link", true);
            box.add(new Paragraph(consultation));
        }
        return box;
    }
}
