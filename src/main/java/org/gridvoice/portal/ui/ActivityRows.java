package org.gridvoice.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.discussion.MyComment;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.voting.MyVote;

/**
 * Names what a page of comments or votes refers to — two statements per page, whatever its
 * size — and draws their rows.
 */
@SpringComponent
class ActivityRows {

    /** A comment with the title of what it is on, and where that is. */
    record CommentRow(MyComment comment, String title, String link) {
    }

    /** A vote with its consultation. */
    record VoteRow(MyVote vote, ConsultationSummary consultation) {
    }

    private final ProposalService proposals;
    private final ConsultationService consultations;

    ActivityRows(ProposalService proposals, ConsultationService consultations) {
        this.proposals = proposals;
        this.consultations = consultations;
    }

    List<CommentRow> comments(List<MyComment> page) {
        Map<Long, String> proposalTitles = proposals.summariesOf(ids(page, ContentRef.PROPOSAL)).stream()
                .collect(Collectors.toMap(ProposalSummary::id, ProposalSummary::title));
        Map<Long, String> consultationTitles = consultations.summariesOf(ids(page, ContentRef.CONSULTATION)).stream()
                .collect(Collectors.toMap(ConsultationSummary::id, ConsultationSummary::title));
        return page.stream().map(c -> {
            boolean onProposal = ContentRef.PROPOSAL.equals(c.target().type());
            String title = (onProposal ? proposalTitles : consultationTitles).getOrDefault(c.target().id(), "#" + c.target().id());
            return new CommentRow(c, title, (onProposal ? "proposals/" : "consultations/") + c.target().id());
        }).toList();
    }

    List<VoteRow> votes(List<MyVote> page) {
        Map<Long, ConsultationSummary> byId = consultations.summariesOf(page.stream().map(MyVote::consultationId).toList()).stream()
                .collect(Collectors.toMap(ConsultationSummary::id, Function.identity()));
        return page.stream().filter(v -> byId.containsKey(v.consultationId())).map(v -> new VoteRow(v, byId.get(v.consultationId()))).toList();
    }

    Component comment(Component owner, CommentRow row) {
        MyComment c = row.comment();
        String state = c.deleted() ? "home.activity.comment.deleted" : c.hidden() ? "home.activity.comment.hidden" : "home.activity.comment.visible";
        String text = c.deleted() ? owner.getTranslation("home.activity.comment.deleted.text") : c.excerpt();
        return HomeItems.row(HomeItems.link(owner.getTranslation("home.activity.comment.on", row.title()), row.link()),
                owner.getTranslation("home.activity.comment.detail", text, Dates.format(c.createdAt(), HomeItems.locale()), c.upvotes()),
                HomeItems.badge(owner.getTranslation(state), c.hidden() || c.deleted() ? "badge contrast" : "badge"));
    }

    Component vote(Component owner, VoteRow row) {
        MyVote v = row.vote();
        ConsultationSummary c = row.consultation();
        String detail = v.voted() ? owner.getTranslation("home.activity.vote.receipt", v.receipt(), Dates.format(v.castAt(), HomeItems.locale()))
                : owner.getTranslation(v.closed() ? "home.activity.vote.missed" : "home.activity.vote.not-yet");
        String state = v.closed() ? "home.activity.vote.result" : "home.activity.vote.open";
        return HomeItems.row(HomeItems.link(c.title(), "consultations/" + c.id() + "/voting"), detail,
                HomeItems.badge(owner.getTranslation(v.voted() ? "home.activity.vote.voted" : "home.activity.vote.not-voted"),
                        v.voted() ? "badge success" : "badge contrast"),
                HomeItems.badge(owner.getTranslation(state), "badge"));
    }

    private static List<Long> ids(List<MyComment> page, String type) {
        return page.stream().filter(c -> type.equals(c.target().type())).map(c -> c.target().id()).distinct().toList();
    }
}
