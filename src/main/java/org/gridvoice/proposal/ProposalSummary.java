package org.gridvoice.proposal;

import java.time.LocalDateTime;

public record ProposalSummary(Long id, Long consultationId, String title, Long authorId, String authorName, Long categoryId,
                              Long gridId, String gridName, int endorsementCount, int commentCount, boolean qualified,
                              ProposalStatus status, LocalDateTime createdAt) {
}
