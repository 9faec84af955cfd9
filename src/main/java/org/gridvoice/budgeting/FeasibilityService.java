package org.gridvoice.budgeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feasibility review of a budget consultation's proposals (contract of issue 17, implemented on
 * branch budget-core). Reviewers: staff of the office the responsibility list names for the proposal's
 * category and grid (lead office, at the time of review), or the consultation's committee. Reviews are
 * taken while the consultation is in its proposals or deliberation phase and are public, each on the
 * audit chain; a review may be revised until voting opens. When voting opens, only FEASIBLE proposals
 * (that qualified by endorsements) are on the ballot, at their reviewed cost, which is then fixed.
 */
@Service
@Transactional(readOnly = true)
public class FeasibilityService {

    /** The reviews of a budget consultation's qualified proposals, paged in the database (public). */
    public Page<ProjectReview> reviews(Long consultationId, Pageable pageable) {
        throw new UnsupportedOperationException("budget-core");
    }

    /** One proposal's review (public); empty when its consultation is not a budget consultation. */
    public Optional<ProjectReview> review(Long proposalId) {
        throw new UnsupportedOperationException("budget-core");
    }

    /**
     * Records or revises the verdict. AccessDeniedException for anyone but the named office's staff or
     * the committee; InvalidInput: {@code budgeting.error.phase} (not proposals/deliberation),
     * {@code budgeting.error.not-budget}, {@code budgeting.error.not-qualified}, {@code budgeting.error.cost-note},
     * {@code budgeting.error.over-cap} (feasible at a cost above the cap).
     */
    @PreAuthorize("hasAnyRole('COMMITTEE', 'OFFICER', 'OFFICE_LEAD')")
    @Transactional
    public void review(Long proposalId, FeasibilityForm form) {
        throw new UnsupportedOperationException("budget-core");
    }

    /** The ballot of a budget consultation: feasible qualified proposals with their reviewed costs, by id (public). */
    public List<BallotProject> ballot(Long consultationId) {
        throw new UnsupportedOperationException("budget-core");
    }

    /** How many qualified proposals still wait for review (the committee's screen warns before voting opens). */
    public int pending(Long consultationId) {
        throw new UnsupportedOperationException("budget-core");
    }
}
