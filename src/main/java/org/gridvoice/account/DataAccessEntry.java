package org.gridvoice.account;

import java.time.LocalDateTime;

/** A staff member was shown a resident's personal data: who, whose, why ({@code purpose}, e.g. VERIFICATION_QUEUE) and when. */
public record DataAccessEntry(Long id, Long viewerId, String viewerName, Long subjectId, String subjectName, String purpose,
                              LocalDateTime viewedAt) {
}
