package org.gridvoice.proposal;

import java.util.List;

/**
 * Published when the committee merged a proposal into another of the same consultation. Carries who
 * must hear of it: the merged proposal's author and its endorsers (whose endorsements now count for
 * the survivor), and the committee member who merged.
 */
public record ProposalMerged(Long mergedId, String mergedTitle, Long survivorId, String survivorTitle, Long consultationId,
                             Long authorId, List<Long> endorserIds, Long committeeId) {
}
