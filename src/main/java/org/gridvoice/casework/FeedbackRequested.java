package org.gridvoice.casework;

import java.util.List;

/** The residents asked to confirm a resolved case. */
public record FeedbackRequested(Long caseId, String title, List<Long> userIds) {
}
