package org.gridvoice.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDateTime;
import org.gridvoice.casework.CaseGlance;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.consultation.Phase;
import org.gridvoice.consultation.PhaseDates;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.proposal.ui.StatusBadge;
import org.gridvoice.shared.ui.Dates;

/**
 * The rows of home pages and "my activity": a link to the thing, its state as a badge, and one
 * line of what matters next (a deadline, an office). Other modules' screens are linked by URL.
 */
final class HomeItems {

    private HomeItems() {
    }

    /** A consultation with its phase and next deadline, and its community unless the list is of one community. */
    static Div consultation(Component owner, ConsultationSummary c, boolean showCommunity) {
        String deadline = deadline(owner, c.phase(), c.dates());
        return row(link(c.title(), c.phase() == Phase.CLOSED ? "consultations/" + c.id() + "/voting" : "consultations/" + c.id()),
                showCommunity ? owner.getTranslation("home.item.consultation", c.communityName(), deadline) : deadline,
                badge(owner.getTranslation("consultation.phase." + c.phase().name()), c.phase() == Phase.VOTING ? "badge success" : "badge"));
    }

    /** A consultation under its phase's heading: the deadline says enough. */
    static Div consultationInPhase(Component owner, ConsultationSummary c, boolean showCommunity) {
        String deadline = deadline(owner, c.phase(), c.dates());
        return row(link(c.title(), "consultations/" + c.id()),
                showCommunity ? owner.getTranslation("home.item.consultation", c.communityName(), deadline) : deadline);
    }

    /** What the phase waits for next, with its date. */
    static String deadline(Component owner, Phase phase, PhaseDates d) {
        LocalDateTime at = switch (phase) {
            case DRAFT, UPCOMING -> d.proposalsOpenAt();
            case PROPOSALS -> d.proposalsCloseAt();
            case DELIBERATION -> d.votingOpenAt();
            case VOTING, CLOSED -> d.votingCloseAt();
        };
        return owner.getTranslation("home.deadline." + phase.name(), Dates.format(at, HomeItems.locale()));
    }

    static Div proposal(Component owner, ProposalSummary p) {
        return row(link(p.title(), "proposals/" + p.id()), owner.getTranslation("home.item.proposal", p.endorsementCount(), p.commentCount()),
                new StatusBadge(p.status()));
    }

    static Div kase(Component owner, CaseGlance c) {
        Span status = badge(owner.getTranslation("casework.status." + c.status().name()),
                c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.RESOLVED ? "badge success" : "badge");
        java.util.List<Component> states = new java.util.ArrayList<>(java.util.List.of(status));
        if (c.late()) {
            states.add(badge(owner.getTranslation("home.item.case.late"), "badge error"));
        }
        if (c.asksMe()) {
            states.add(badge(owner.getTranslation("home.item.case.asks-me"), "badge primary"));
        }
        return row(link(c.title(), "cases/" + c.id()), owner.getTranslation("home.item.case", c.office() == null ? "" : c.office(),
                c.grid() == null ? "" : c.grid(), Dates.format(c.at(), HomeItems.locale())), states.toArray(Component[]::new));
    }

    /** A request the reader filed or supported: its words (a link to its case), its state, and who stands behind it. */
    static Div request(Component owner, org.gridvoice.request.RequestSummary r) {
        String words = r.description().strip().replaceAll("\\s+", " ");
        String title = words.codePointCount(0, words.length()) <= 60 ? words : words.substring(0, words.offsetByCodePoints(0, 60)) + "…";
        Span status = badge(owner.getTranslation("casework.status." + r.status().name()),
                r.status() == CaseStatus.CLOSED || r.status() == CaseStatus.RESOLVED ? "badge success" : "badge");
        Span role = badge(owner.getTranslation(r.mine() ? "request.activity.filed" : "request.activity.supported"), "badge contrast");
        return row(link(title, "cases/" + r.caseId()), owner.getTranslation("request.activity.detail", r.grid(),
                Dates.format(r.filedAt(), HomeItems.locale()), r.supporters()), status, role);
    }

    /** The reader's language (the UI's), for dates. */
    static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    static Anchor link(String text, String route) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return link;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** Title on the first line; state badges and a detail line below, wrapping on a phone. */
    static Div row(Anchor title, String detail, Component... state) {
        Paragraph meta = new Paragraph(detail);
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        Div states = new Div(state);
        states.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        Div second = state.length == 0 ? new Div(meta) : new Div(states, meta);
        second.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        Div row = new Div(title, second);
        row.addClassNames("gv-home-item", LumoUtility.Padding.Vertical.XSMALL);
        return row;
    }
}
