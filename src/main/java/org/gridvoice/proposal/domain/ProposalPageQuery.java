package org.gridvoice.proposal.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import org.gridvoice.consultation.PhaseDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything a proposal's page shows besides the proposal's own row, in one statement: its consultation's phase
 * dates and endorsement threshold, the names (author where the reader may see it, grid, the staff member who entered
 * it, the proposal it was merged into), how many earlier versions it has, whether the reader endorsed it and whether
 * the reader lives where the consultation asks (ProposalService.eligibleGrid's rule: the grid of their latest
 * approved residency is in the consultation's scope).
 */
@Component
public class ProposalPageQuery {

    /** {@code authorName} is null where the reader may not see it; the erased flags say the account was erased. */
    public record Facts(Long communityId, boolean published, int endorsementThreshold, PhaseDates dates, String authorName,
                        boolean authorErased, String gridName, int versionCount, String enteredByName, boolean enteredByErased,
                        String mergedIntoTitle, boolean endorsedByReader, boolean readerEligible) {
    }

    // who may read a hidden author name: as in ProposalListQuery
    private static final String SQL = """
            SELECT c.community_id, c.status = 'PUBLISHED', c.endorsement_threshold,
                   c.proposals_open_at, c.proposals_close_at, c.voting_open_at, c.voting_close_at,
                   CASE WHEN p.author_shown OR p.author_id = :reader OR EXISTS (
                            SELECT 1 FROM account_role_grant r
                            WHERE r.user_id = :reader AND r.role = 'COMMITTEE' AND r.community_id = c.community_id)
                        THEN u.display_name END,
                   u.erased_at IS NOT NULL, g.name,
                   (SELECT COUNT(*) FROM proposal_version v WHERE v.proposal_id = p.id),
                   s.display_name, s.erased_at IS NOT NULL, m.title,
                   EXISTS (SELECT 1 FROM proposal_endorsement e WHERE e.proposal_id = p.id AND e.user_id = :reader),
                   CASE WHEN rg.id IS NULL THEN FALSE
                        WHEN c.whole_community THEN rg.community_id = c.community_id
                        ELSE EXISTS (SELECT 1 FROM consultation_grid cg WHERE cg.consultation_id = c.id AND cg.grid_id = rg.id) END
            FROM proposal p JOIN consultation c ON c.id = p.consultation_id
                 JOIN account_user u ON u.id = p.author_id JOIN place_grid g ON g.id = p.grid_id
                 LEFT JOIN account_user s ON s.id = p.entered_by LEFT JOIN proposal m ON m.id = p.merged_into
                 LEFT JOIN place_grid rg ON rg.id = (SELECT r.grid_id FROM account_residency r
                                                     WHERE r.user_id = :reader AND r.status = 'APPROVED'
                                                     ORDER BY r.requested_at DESC LIMIT 1)
            WHERE p.id = :proposal""";

    private final JdbcClient jdbc;

    ProposalPageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts for this reader ({@code readerId} null for a visitor); empty when the proposal does not exist. */
    public Optional<Facts> facts(Long proposalId, Long readerId) {
        return jdbc.sql(SQL).param("proposal", proposalId).param("reader", readerId)
                .query((rs, n) -> new Facts(rs.getLong(1), rs.getBoolean(2), rs.getInt(3),
                        new PhaseDates(rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class),
                                rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class)),
                        rs.getString(8), rs.getBoolean(9), rs.getString(10), rs.getInt(11), rs.getString(12), rs.getBoolean(13),
                        rs.getString(14), rs.getBoolean(15), rs.getBoolean(16)))
                .optional();
    }
}
