package org.gridvoice.casework.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridvoice.casework.CaseSnapshot;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.MeetingLine;
import org.gridvoice.casework.RequestCase;
import org.gridvoice.casework.SnapshotComment;
import org.gridvoice.casework.VoteLine;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentView;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.discussion.Stance;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.ProposalDetails;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.ResultLine;
import org.gridvoice.voting.VotingResult;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Takes the snapshot a case is routed with: the proposal's words, place and vote, and the most endorsed comments of each side. */
@Component
public class Snapshots {

    private static final int COMMENTS_PER_SIDE = 3;
    private static final int TITLE_LENGTH = 40;

    /** The snapshot with the Markdown its body was rendered from, and where the case belongs. */
    public record Taken(RoutedCases.Origin origin, CaseSnapshot snapshot, String body) {
    }

    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final PlaceService places;
    private final CategoryService categories;
    private final DiscussionService discussion;

    Snapshots(ProposalService proposals, ConsultationService consultations, PlaceService places, CategoryService categories,
              DiscussionService discussion) {
        this.proposals = proposals;
        this.consultations = consultations;
        this.places = places;
        this.categories = categories;
        this.discussion = discussion;
    }

    /**
     * The snapshot of a request as filed: its words as plain text (escaped, line breaks kept), its
     * place and point; a title made of its first line, since residents do not write one.
     */
    public Taken take(RequestCase request) {
        GridSummary grid = places.grid(request.gridId()).orElseThrow(() -> InvalidInput.of("gridId", "casework.error.no-grid"));
        Long street = places.community(grid.communityId()).orElseThrow().streetId();
        CategorySummary category = categories.activeCategories().stream().filter(c -> c.id().equals(request.categoryId())).findFirst()
                .orElseThrow(() -> InvalidInput.of("categoryId", "casework.error.no-category"));
        String text = request.description().strip();
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
        CaseSnapshot snapshot = new CaseSnapshot(title(text), html, request.requesterName() == null ? "" : request.requesterName(),
                category.nameZh(), category.nameEn(), grid.fullName(), request.address(), 0, null, null, List.of(), CaseSource.REQUEST,
                request.nameShown(), request.point());
        return new Taken(new RoutedCases.Origin(CaseSource.REQUEST, null, request.requestId(), null, street, grid.communityId(),
                grid.id(), request.categoryId()), snapshot, text);
    }

    // the first line, cut at a word-independent length (Chinese has no spaces) with an ellipsis
    static String title(String text) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
        return first.codePointCount(0, first.length()) <= TITLE_LENGTH ? first
                : first.substring(0, first.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }

    /** The snapshot of an accepted proposal now; {@code line} is its line in the consultation's {@code result}. */
    public Taken take(ProposalSummary summary, VotingResult result, ResultLine line) {
        VoteLine vote = new VoteLine(result.method(), line.yes(), line.no(), line.abstentions(), line.approvals(), result.turnout(),
                result.electorate(), line.accepted());
        return take(summary, vote, null);
    }

    /** The snapshot of a proposal a residents' meeting accepted now, with the meeting's record instead of a vote line. */
    public Taken take(ProposalSummary summary, MeetingLine meeting) {
        return take(summary, null, meeting);
    }

    private Taken take(ProposalSummary summary, VoteLine vote, MeetingLine meeting) {
        ProposalDetails details = proposals.details(summary.id());
        GridSummary grid = places.grid(summary.gridId()).orElseThrow();
        Long street = places.community(grid.communityId()).orElseThrow().streetId();
        CategorySummary category = categories.activeCategories().stream().filter(c -> c.id().equals(summary.categoryId())).findFirst()
                .orElse(new CategorySummary(summary.categoryId(), "", "", "", 0, true));
        List<SnapshotComment> comments = new ArrayList<>();
        for (Stance stance : List.of(Stance.FOR, Stance.AGAINST)) {
            for (CommentView c : discussion.mostEndorsed(new ContentRef(ContentRef.PROPOSAL, summary.id()), stance, COMMENTS_PER_SIDE)) {
                comments.add(new SnapshotComment(stance, Objects.requireNonNullElse(c.authorName(), ""), c.bodyHtml(), c.upvotes()));
            }
        }
        CaseSnapshot snapshot = new CaseSnapshot(summary.title(), details.bodyHtml(), Objects.requireNonNullElse(summary.authorName(), ""), category.nameZh(),
                category.nameEn(), grid.fullName(), details.placeText(), summary.endorsementCount(),
                consultations.details(summary.consultationId()).title(), vote, comments, CaseSource.PROPOSAL, summary.authorShown(), null, meeting);
        return new Taken(new RoutedCases.Origin(CaseSource.PROPOSAL, summary.id(), null, summary.consultationId(), street,
                grid.communityId(), grid.id(), summary.categoryId()), snapshot, details.body());
    }
}
