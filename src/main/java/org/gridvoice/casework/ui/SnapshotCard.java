package org.gridvoice.casework.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseSnapshot;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.SnapshotComment;
import org.gridvoice.casework.MeetingLine;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.casework.VoteLine;
import org.gridvoice.discussion.Stance;
import org.gridvoice.photo.ui.PhotoStrip;
import org.gridvoice.shared.GeoPoint;

/**
 * The residents' words exactly as routed: the proposal, its place, how the vote went and the most
 * endorsed comments; or a resident's request: who filed it (or "a resident"), where, its point on
 * the map, how many said "me too", and the photos filed with it.
 */
class SnapshotCard extends Div {

    SnapshotCard(CaseDetails details) {
        addClassName("gv-card");
        setId("case-snapshot");
        CaseSnapshot snapshot = details.snapshot();
        boolean request = snapshot.source() == CaseSource.REQUEST;
        Paragraph note = new Paragraph(getTranslation("casework.snapshot.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(new H3(getTranslation(request ? "casework.snapshot.request" : "casework.snapshot")), note);
        if (request) {
            Paragraph filedBy = new Paragraph(filedBy(snapshot));
            filedBy.setId("case-filed-by");
            add(filedBy);
        } else {
            String author = snapshot.authorShown() ? named(snapshot.author()) : snapshot.author();
            add(new Paragraph(getTranslation("casework.snapshot.meta", author, snapshot.category(getLocale().getLanguage()),
                    snapshot.grid(), snapshot.endorsements())));
        }
        if (snapshot.place() != null && !snapshot.place().isBlank()) {
            add(new Paragraph(getTranslation("casework.snapshot.place", snapshot.place())));
        }
        if (request && snapshot.point() != null) {
            add(point(snapshot.point()));
        }
        if (request) {
            Paragraph supporters = new Paragraph(getTranslation("casework.snapshot.supporters", details.supporters()));
            supporters.setId("case-supporters");
            add(supporters);
        }
        Div body = new Div(new Html("<div>" + snapshot.bodyHtml() + "</div>"));
        body.setId("case-residents-words");
        body.addClassName("gv-markdown");
        add(body);
        if (!details.snapshotPhotos().isEmpty()) {
            PhotoStrip filed = new PhotoStrip(details.snapshotPhotos());
            filed.setId("case-snapshot-photos");
            add(filed);
        }
        if (snapshot.source() == CaseSource.PROPOSAL && snapshot.meeting() != null) {
            add(meeting(snapshot.meeting()));
            Anchor proposal = new Anchor("proposals/" + details.proposalId(), getTranslation("casework.snapshot.proposal-link"));
            proposal.getElement().setAttribute("router-link", true);
            add(new Div(proposal));
        } else if (snapshot.source() == CaseSource.PROPOSAL) {
            Paragraph vote = new Paragraph(vote(snapshot.vote()));
            vote.setId("case-vote");
            Anchor proposal = new Anchor("proposals/" + details.proposalId(), getTranslation("casework.snapshot.proposal-link"));
            proposal.getElement().setAttribute("router-link", true);
            Anchor consultation = new Anchor("consultations/" + details.consultationId() + "/voting",
                    getTranslation("casework.snapshot.consultation", snapshot.consultation()));
            consultation.getElement().setAttribute("router-link", true);
            add(vote, new Div(proposal), new Div(consultation));
        }
        for (Stance stance : List.of(Stance.FOR, Stance.AGAINST)) {
            List<SnapshotComment> side = snapshot.comments().stream().filter(c -> c.stance() == stance).toList();
            if (!side.isEmpty()) {
                add(new H3(getTranslation("casework.snapshot.comments." + stance.name())));
                side.forEach(c -> {
                    Div comment = new Div(new Span(getTranslation("casework.snapshot.comment-by", named(c.author()), c.upvotes())),
                            new Html("<div>" + c.bodyHtml() + "</div>"));
                    comment.addClassNames(LumoUtility.Border.LEFT, LumoUtility.Padding.Left.MEDIUM, LumoUtility.Margin.Vertical.SMALL);
                    add(comment);
                });
            }
        }
    }

    /**
     * "Filed by 王芳 · category · grid"; "a resident" when the name is not public; staff, who see a
     * hidden name, read it marked as not shown publicly.
     */
    private String filedBy(CaseSnapshot snapshot) {
        String category = snapshot.category(getLocale().getLanguage());
        boolean named = snapshot.author() != null && !snapshot.author().isBlank();
        if (!named) {
            // a name shown when filed and blank now: its author erased their account
            return snapshot.authorShown() ? getTranslation("casework.snapshot.filed-by", named(""), category, snapshot.grid())
                    : getTranslation("casework.snapshot.filed-by-resident", category, snapshot.grid());
        }
        return getTranslation(snapshot.authorShown() ? "casework.snapshot.filed-by" : "casework.snapshot.filed-by-hidden",
                snapshot.author(), category, snapshot.grid());
    }

    /**
     * The coordinates as typed or located (WGS-84), with a link that opens them in a map app. Amap's
     * URI API (uri.amap.com) works in every browser and opens the Amap app on a phone that has it;
     * {@code coordinate=wgs84} tells it the point is GPS-style, so it shifts it onto its own (GCJ-02)
     * map instead of showing it a few hundred metres off. A {@code geo:} link would do nothing on
     * most desktop browsers.
     */
    private Paragraph point(GeoPoint point) {
        String lat = point.latitude().toPlainString();
        String lng = point.longitude().toPlainString();
        Anchor map = new Anchor("https://uri.amap.com/marker?position=" + lng + "," + lat + "&coordinate=wgs84&callnative=1",
                getTranslation("casework.snapshot.point.map"));
        map.setTarget(AnchorTarget.BLANK);
        map.getElement().setAttribute("rel", "noopener noreferrer");
        map.setRouterIgnore(true);
        map.setId("case-point-map");
        Paragraph line = new Paragraph(getTranslation("casework.snapshot.point", lat, lng) + " ");
        line.setId("case-point");
        line.add(map);
        return line;
    }

    // decided in a room: the meeting (linked), its attendance and its show of hands or consensus note
    private Div meeting(MeetingLine m) {
        Anchor link = new Anchor("meetings/" + m.meetingId(), getTranslation("meetingdesk.snapshot.meeting",
                getTranslation("meetingdesk.kind." + m.kind()), m.title(), Dates.format(m.heldAt(), getLocale())));
        link.getElement().setAttribute("router-link", true);
        Paragraph line = new Paragraph(m.showOfHands()
                ? getTranslation("meetingdesk.snapshot.hands", String.valueOf(m.votesFor()), String.valueOf(m.votesAgainst()),
                        String.valueOf(m.votesAbstain()), String.valueOf(m.present()))
                : getTranslation("meetingdesk.snapshot.consensus", String.valueOf(m.present())));
        Div box = new Div(new Div(link), line);
        if (!m.showOfHands() && m.consensusHtml() != null) {
            Div note = new Div(new Html("<div>" + m.consensusHtml() + "</div>"));
            note.addClassName("gv-markdown");
            box.add(note);
        }
        box.setId("case-meeting");
        return box;
    }

    // numbers as plain digits, as the vote line always showed them
    private String vote(VoteLine v) {
        String turnout = String.valueOf(v.turnout());
        String electorate = String.valueOf(v.electorate());
        return switch (v.method()) {
            case YES_NO_ABSTAIN -> getTranslation("casework.snapshot.vote.yna", String.valueOf(v.yes()), String.valueOf(v.no()),
                    String.valueOf(v.abstentions()), turnout, electorate);
            // a budget vote's line is its approvals too; the budget panel (budget-case) says what it funded
            case APPROVAL, BUDGET -> getTranslation("casework.snapshot.vote.approval", String.valueOf(v.approvals()), turnout, electorate);
            case RANKED -> getTranslation("casework.snapshot.vote.ranked", String.valueOf(v.approvals()), turnout, electorate);
        };
    }

    /** A name blanked in the snapshot when its owner erased their account reads "a former resident". */
    private String named(String author) {
        return author == null || author.isBlank() ? getTranslation("privacy.former-resident") : author;
    }
}
