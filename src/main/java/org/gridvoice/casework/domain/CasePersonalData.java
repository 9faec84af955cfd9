package org.gridvoice.casework.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases a user backs (their request, their "me too", their proposal) and their answers when asked
 * whether a case was resolved. At erasure the residents' words stay in the cases, exactly; the
 * person's name is blanked in the snapshots (V47 allows that one change), so a case reads "a former
 * resident". First of all holders: it finds the person's snapshot comments through their comments,
 * which a withdrawal deletes.
 */
@Component
@Order(1)
class CasePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ProposalService proposals;
    private final DiscussionService discussion;

    CasePersonalData(JdbcClient jdbc, ProposalService proposals, DiscussionService discussion) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.discussion = discussion;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.cases";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT c.id AS case_id, c.snap_title AS title, b.kind, b.since, f.round_no, f.resolution, f.satisfaction, f.comment,
                       f.answered_at
                FROM casework_case_backer b JOIN casework_case c ON c.id = b.case_id
                LEFT JOIN casework_feedback f ON f.case_id = b.case_id AND f.user_id = b.user_id
                WHERE b.user_id = :u
                UNION
                SELECT c.id, c.snap_title, 'ASKED', f.asked_at, f.round_no, f.resolution, f.satisfaction, f.comment, f.answered_at
                FROM casework_feedback f JOIN casework_case c ON c.id = f.case_id
                WHERE f.user_id = :u AND NOT EXISTS (SELECT 1 FROM casework_case_backer b WHERE b.case_id = f.case_id AND b.user_id = :u)
                ORDER BY case_id""").param("u", userId).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        List<Long> proposalIds = new ArrayList<>(proposals.authoredBy(userId));
        if (!proposalIds.isEmpty()) {
            jdbc.sql("UPDATE casework_case SET snap_author = '' WHERE proposal_id IN (:p) AND snap_author <> ''")
                    .param("p", proposalIds).update();
        }
        jdbc.sql("""
                UPDATE casework_case SET snap_author = '' WHERE source = 'REQUEST' AND snap_author <> ''
                   AND id IN (SELECT case_id FROM casework_case_backer WHERE user_id = :u AND kind = 'REQUESTER')""")
                .param("u", userId).update();
        discussion.commentsBy(userId, ContentRef.PROPOSAL).forEach((proposalId, bodies) -> jdbc.sql("""
                UPDATE casework_snapshot_comment SET author = ''
                WHERE author <> '' AND body_html IN (:bodies) AND case_id IN (SELECT id FROM casework_case WHERE proposal_id = :p)""")
                .param("bodies", bodies).param("p", proposalId).update());
        // their own words about a resolution stay with the case only while kept; a withdrawal takes them
        if (withdrawContributions) {
            jdbc.sql("UPDATE casework_feedback SET comment = NULL WHERE user_id = :u").param("u", userId).update();
        }
    }
}
