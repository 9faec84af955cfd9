package org.gridvoice.casework.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
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
import org.gridvoice.casework.VoteLine;
import org.gridvoice.discussion.Stance;

/** The residents' words exactly as routed: the proposal, its place, how the vote went and the most endorsed comments. */
class SnapshotCard extends Div {

    SnapshotCard(CaseDetails details) {
        addClassName("gv-card");
        setId("case-snapshot");
        CaseSnapshot snapshot = details.snapshot();
        Paragraph note = new Paragraph(getTranslation("casework.snapshot.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(new H3(getTranslation("casework.snapshot")), note, new Paragraph(getTranslation("casework.snapshot.meta", snapshot.author(),
                snapshot.category(getLocale().getLanguage()), snapshot.grid(), snapshot.endorsements())));
        if (snapshot.place() != null && !snapshot.place().isBlank()) {
            add(new Paragraph(getTranslation("casework.snapshot.place", snapshot.place())));
        }
        Div body = new Div(new Html("<div>" + snapshot.bodyHtml() + "</div>"));
        body.setId("case-residents-words");
        body.addClassName("gv-markdown");
        add(body);
        if (snapshot.source() == CaseSource.PROPOSAL) {
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
                    Div comment = new Div(new Span(getTranslation("casework.snapshot.comment-by", c.author(), c.upvotes())),
                            new Html("<div>" + c.bodyHtml() + "</div>"));
                    comment.addClassNames(LumoUtility.Border.LEFT, LumoUtility.Padding.Left.MEDIUM, LumoUtility.Margin.Vertical.SMALL);
                    add(comment);
                });
            }
        }
    }

    // numbers as plain digits, as the vote line always showed them
    private String vote(VoteLine v) {
        String turnout = String.valueOf(v.turnout());
        String electorate = String.valueOf(v.electorate());
        return switch (v.method()) {
            case YES_NO_ABSTAIN -> getTranslation("casework.snapshot.vote.yna", String.valueOf(v.yes()), String.valueOf(v.no()),
                    String.valueOf(v.abstentions()), turnout, electorate);
            case APPROVAL -> getTranslation("casework.snapshot.vote.approval", String.valueOf(v.approvals()), turnout, electorate);
            case RANKED -> getTranslation("casework.snapshot.vote.ranked", String.valueOf(v.approvals()), turnout, electorate);
        };
    }
}
