package org.gridvoice.budgeting;

import java.time.LocalDateTime;

/**
 * One proposal of a budget consultation as its review stands: the author's estimate, the reviewed cost
 * (the correction if any, else the estimate), the verdict with its public reason and note, who
 * reviewed (the office's name; null with a {@code reviewedAt}: the committee) and when; {@code reviewable} says whether the
 * asking user may review it now. {@code overCap}: the cost is above the consultation's cap per
 * project (such a proposal cannot be marked feasible without a correction under the cap).
 */
public record ProjectReview(Long proposalId, String title, String categoryZh, String categoryEn, String gridName,
                            Long estimateYuan, Long costYuan, Feasibility feasibility, String reason, String costNote,
                            String reviewerName, LocalDateTime reviewedAt, boolean overCap, boolean reviewable) {
}
