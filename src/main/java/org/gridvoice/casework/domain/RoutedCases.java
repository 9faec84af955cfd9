package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.casework.CaseSnapshot;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.responsibility.Routing;
import org.gridvoice.casework.SnapshotComment;
import org.gridvoice.casework.MeetingLine;
import org.gridvoice.casework.VoteLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writing a routed case in SQL: its row with the snapshot, its co-handling offices and the snapshot's comments. */
@Component
public class RoutedCases {

    /** Which case a proposal became, and the office that leads it. */
    public record Routed(Long proposalId, long id, long officeId) {
    }

    /** Where a new case comes from (a proposal of a consultation, or a request) and belongs. */
    public record Origin(CaseSource source, Long proposalId, Long requestId, Long consultationId, long streetId, long communityId,
                         long gridId, long categoryId) {
    }

    private final JdbcClient jdbc;

    RoutedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases made from any of these proposals, by proposal id. */
    public Map<Long, Routed> routedOf(List<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT proposal_id, id, office_id FROM casework_case WHERE proposal_id IN (:ids)").param("ids", proposalIds)
                .query(Routed.class).list().stream().collect(Collectors.toMap(Routed::proposalId, Function.identity()));
    }

    /**
     * Inserts the case, new, with the office and deadlines of {@code routing} and the snapshot as given
     * ({@code body} is the Markdown the snapshot's HTML was rendered from); returns its id. Throws
     * DuplicateKeyException when the proposal has a case already.
     */
    public long insert(Origin origin, Routing routing, LocalDateTime now, Long routedBy, String note, CaseSnapshot snapshot, String body) {
        VoteLine vote = snapshot.vote();
        MeetingLine meeting = snapshot.meeting();
        long caseId = jdbc.sql("""
                INSERT INTO casework_case (source, proposal_id, request_id, consultation_id, street_id, community_id, grid_id, category_id, status, office_id,
                    responsibility_version_id, fallback, response_hours, response_due_at, resolution_due_at, routed_by, routed_at, route_note,
                    snap_title, snap_body, snap_body_html, snap_author, snap_author_shown, snap_category_zh, snap_category_en, snap_grid,
                    snap_place, snap_latitude, snap_longitude,
                    snap_endorsements, snap_consultation, snap_vote_method, snap_vote_yes, snap_vote_no, snap_vote_abstentions,
                    snap_vote_approvals, snap_vote_turnout, snap_vote_electorate, snap_vote_accepted, snap_meeting_id, snap_meeting_title,
                    snap_meeting_kind, snap_meeting_at, snap_meeting_present, snap_meeting_method, snap_meeting_for, snap_meeting_against,
                    snap_meeting_abstain, snap_meeting_consensus_html)
                VALUES (:source, :p, :request, :c, :street, :community, :grid, :category, :status, :office, :version, :fallback, :rh, :rdue, :sdue, :by, :now,
                    :note, :title, :body, :html, :author, :shown, :catZh, :catEn, :gridName, :place, :lat, :lng, :endorsements, :consultation,
                    :method, :yes, :no, :abstentions, :approvals, :turnout, :electorate, :accepted, :mId, :mTitle, :mKind, :mAt, :mPresent,
                    :mMethod, :mFor, :mAgainst, :mAbstain, :mConsensus)
                RETURNING id""")
                .param("source", origin.source().name()).param("p", origin.proposalId()).param("request", origin.requestId())
                .param("c", origin.consultationId()).param("street", origin.streetId())
                .param("community", origin.communityId()).param("grid", origin.gridId()).param("category", origin.categoryId())
                .param("status", CaseStatus.NEW.name()).param("office", routing.officeId()).param("version", routing.responsibilityId()).param("fallback", routing.fallback())
                .param("rh", routing.responseHours()).param("rdue", now.plusHours(routing.responseHours()))
                .param("sdue", now.plusDays(routing.resolutionDays())).param("by", routedBy).param("now", now).param("note", note)
                .param("title", snapshot.title()).param("body", body).param("html", snapshot.bodyHtml()).param("author", snapshot.author())
                .param("shown", snapshot.authorShown()).param("lat", snapshot.point() == null ? null : snapshot.point().latitude())
                .param("lng", snapshot.point() == null ? null : snapshot.point().longitude())
                .param("catZh", snapshot.categoryZh()).param("catEn", snapshot.categoryEn()).param("gridName", snapshot.grid())
                .param("place", snapshot.place()).param("endorsements", snapshot.endorsements())
                .param("consultation", snapshot.consultation()).param("method", vote == null ? null : vote.method().name())
                .param("yes", vote == null ? null : vote.yes()).param("no", vote == null ? null : vote.no())
                .param("abstentions", vote == null ? null : vote.abstentions()).param("approvals", vote == null ? null : vote.approvals())
                .param("turnout", vote == null ? null : vote.turnout()).param("electorate", vote == null ? null : vote.electorate())
                .param("accepted", vote == null ? null : vote.accepted())
                .param("mId", meeting == null ? null : meeting.meetingId()).param("mTitle", meeting == null ? null : meeting.title())
                .param("mKind", meeting == null ? null : meeting.kind()).param("mAt", meeting == null ? null : meeting.heldAt())
                .param("mPresent", meeting == null ? null : meeting.present()).param("mMethod", meeting == null ? null : meeting.method())
                .param("mFor", meeting == null ? null : meeting.votesFor()).param("mAgainst", meeting == null ? null : meeting.votesAgainst())
                .param("mAbstain", meeting == null ? null : meeting.votesAbstain())
                .param("mConsensus", meeting == null ? null : meeting.consensusHtml())
                .query(Long.class).single();
        for (Long co : routing.coOfficeIds()) {
            jdbc.sql("INSERT INTO casework_case_co_office (case_id, office_id) VALUES (:c, :o)").param("c", caseId).param("o", co).update();
        }
        int position = 0;
        for (SnapshotComment comment : snapshot.comments()) {
            jdbc.sql("""
                    INSERT INTO casework_snapshot_comment (case_id, position, stance, author, body_html, upvotes)
                    VALUES (:c, :pos, :stance, :author, :html, :up)""")
                    .param("c", caseId).param("pos", position++).param("stance", comment.stance().name())
                    .param("author", comment.author()).param("html", comment.bodyHtml()).param("up", comment.upvotes()).update();
        }
        return caseId;
    }
}
