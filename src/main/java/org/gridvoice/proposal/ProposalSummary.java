package org.gridvoice.proposal;

import java.time.LocalDateTime;

/**
 * A proposal as lists show it. {@code authorShown} is the author's choice to show their name
 * publicly; {@code authorName} is the name for the asking reader: null where the author chose not to
 * show it and the reader is neither the author nor on the committee of the consultation's community
 * (screens then say "a resident"). What leaves the site for everyone (exports, case snapshots) takes
 * {@link #publicAuthorName()}, whoever asks.
 */
public record ProposalSummary(Long id, Long consultationId, String title, Long authorId, String authorName, boolean authorShown,
                              Long categoryId, Long gridId, String gridName, int endorsementCount, int commentCount,
                              boolean qualified, ProposalStatus status, LocalDateTime createdAt) {

    /** The author's name where they chose to show it publicly; null otherwise, whoever reads. */
    public String publicAuthorName() {
        return authorShown ? authorName : null;
    }
}
